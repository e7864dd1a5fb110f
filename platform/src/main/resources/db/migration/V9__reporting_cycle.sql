-- Reporting cycle (docs/reporting-cycle.md): the state of each plant's reporting year and every
-- transition with its actor, reason and, on closing, the inventory version that was locked.
create table reporting_period (
    plant_id                   bigint not null references plant (id),
    year                       integer not null,
    state                      text not null default 'OPEN'
        check (state in ('OPEN', 'DATA_COLLECTION', 'REVIEW', 'VERIFICATION', 'CLOSED')),
    base_year                  boolean not null default false,
    significance_threshold_pct numeric not null default 5,
    updated_at                 timestamptz not null default now(),
    primary key (plant_id, year)
);
comment on table reporting_period is 'a year without a row is OPEN';

create table reporting_period_event (
    id                bigserial primary key,
    plant_id          bigint not null references plant (id),
    year              integer not null,
    from_state        text not null,
    to_state          text not null,
    actor             text not null,
    reason            text,
    at                timestamptz not null,
    inventory_version integer
);
create index reporting_period_event_year on reporting_period_event (plant_id, year, id);
comment on column reporting_period_event.inventory_version is 'the inventory version locked when the period was closed';
