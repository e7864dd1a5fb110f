-- Meter readings (docs/readings.md): raw readings partitioned by month, corrections kept, rollups at
-- 15 minutes, day and month, the registers of cumulative meters and the derived METERED activity data.

-- How a meter's readings count. Meters without a row are INTERVAL meters.
create table meter_register (
    meter_id    bigint primary key references meter (id),
    kind        text not null default 'INTERVAL' check (kind in ('INTERVAL', 'CUMULATIVE')),
    rollover    double precision check (rollover is null or rollover > 0),
    updated_at  timestamptz not null default now(),
    updated_by  text not null
);

-- A cumulative meter replaced (or its register reset on purpose): the old register's last value and the new one's first.
create table meter_replacement (
    id              bigserial primary key,
    meter_id        bigint not null references meter (id),
    replaced_at     timestamptz not null,
    final_reading   double precision not null check (final_reading >= 0),
    first_reading   double precision not null check (first_reading >= 0),
    note            text,
    recorded_by     text not null,
    recorded_at     timestamptz not null default now(),
    unique (meter_id, replaced_at)
);

-- Raw readings, one per meter and instant, in the meter's unit. No foreign key (the service checks the
-- meter; a key check per row would halve the ingest rate). Month partitions are created on demand
-- (reading_yyyy_mm); the default partition only catches what would otherwise fail.
create table reading (
    meter_id    bigint not null,
    ts          timestamptz not null,
    value       double precision not null,
    quality     text not null default 'GOOD' check (quality in ('GOOD', 'UNCERTAIN', 'BAD')),
    origin      text not null,
    received_at timestamptz not null default now(),
    primary key (meter_id, ts)
) partition by range (ts);
create table reading_default partition of reading default;

-- A stored reading replaced by a different value for the same meter and instant: the replaced value, kept.
create table reading_correction (
    id                  bigserial primary key,
    meter_id            bigint not null,
    ts                  timestamptz not null,
    value               double precision not null,
    quality             text not null,
    origin              text not null,
    received_at         timestamptz not null,
    replaced_at         timestamptz not null default now(),
    replaced_by_origin  text not null
);
create index reading_correction_meter_ts on reading_correction (meter_id, ts);

-- Consumption per meter and bucket in the meter's unit (BAD readings left out); readings = how many raw readings fall in it.
create table reading_rollup_15m (
    meter_id    bigint not null,
    bucket      timestamptz not null,
    consumption double precision not null,
    readings    integer not null,
    primary key (meter_id, bucket)
);

-- Days and months are the plant's local calendar days and months.
create table reading_rollup_day (
    meter_id    bigint not null,
    day         date not null,
    consumption double precision not null,
    readings    integer not null,
    primary key (meter_id, day)
);

create table reading_rollup_month (
    meter_id    bigint not null,
    month       date not null check (extract(day from month) = 1),
    consumption double precision not null,
    readings    integer not null,
    primary key (meter_id, month)
);

-- Per meter: the latest reading, how many came and were rejected, the last problem.
create table meter_ingest_status (
    meter_id        bigint primary key references meter (id),
    last_ts         timestamptz,
    last_value      double precision,
    last_received   timestamptz,
    readings        bigint not null default 0,
    rejected        bigint not null default 0,
    last_error      text,
    last_error_at   timestamptz
);

-- METERED activity data derived from the rollups: one row per source, item and period; PENDING until the
-- period is over (or new readings touched it again), then DONE (datum written, corrected or unchanged) or REFUSED.
create table reading_activity_sync (
    plant_id        bigint not null references plant (id),
    source_id       bigint not null references emission_source (id),
    item            text not null,
    period_start    date not null,
    period_end      date not null,
    status          text not null check (status in ('PENDING', 'DONE', 'REFUSED')),
    datum_id        bigint,
    quantity        numeric,
    unit            text,
    message         text,
    updated_at      timestamptz not null default now(),
    primary key (source_id, item, period_start)
);
create index reading_activity_sync_pending on reading_activity_sync (period_end) where status <> 'DONE';
