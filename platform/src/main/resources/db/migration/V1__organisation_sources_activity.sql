-- Organisation and boundary: group → plant → organisational units → equipment → meters.
create table plant_group (
    id          bigserial primary key,
    code        text not null unique,
    name        text not null
);

create table plant (
    id                  bigserial primary key,
    group_id            bigint references plant_group (id),
    code                text not null unique,
    name                text not null,
    timezone            text not null default 'Asia/Shanghai',
    gwp                 text not null default 'AR5' check (gwp in ('AR4', 'AR5', 'AR6')),
    boundary_approach   text not null default 'OPERATIONAL_CONTROL'
                        check (boundary_approach in ('OPERATIONAL_CONTROL', 'FINANCIAL_CONTROL', 'EQUITY_SHARE')),
    equity_share_pct    numeric(5, 2) check (equity_share_pct is null or (equity_share_pct > 0 and equity_share_pct <= 100)),
    created_at          timestamptz not null default now()
);

create table org_unit (
    id          bigserial primary key,
    plant_id    bigint not null references plant (id),
    code        text not null,
    name        text not null,
    name_zh     text,
    kind        text,
    unique (plant_id, code)
);

create table equipment (
    id          bigserial primary key,
    plant_id    bigint not null references plant (id),
    org_unit_id bigint references org_unit (id),
    code        text not null,
    name        text not null,
    kind        text,
    unique (plant_id, code)
);

create table meter (
    id              bigserial primary key,
    plant_id        bigint not null references plant (id),
    org_unit_id     bigint references org_unit (id),
    equipment_id    bigint references equipment (id),
    code            text not null,
    measures        text not null,
    unit            text not null,
    serial_number   text,
    accuracy_class  text,
    unique (plant_id, code)
);

create table calibration (
    id              bigserial primary key,
    meter_id        bigint not null references meter (id),
    calibrated_on   date not null,
    due_on          date not null,
    result          text not null check (result in ('PASSED', 'ADJUSTED', 'FAILED', 'REPAIRED')),
    certificate     text,
    recorded_at     timestamptz not null default now(),
    check (due_on > calibrated_on)
);

-- Emission sources instantiate catalogue types; parameter overrides are "value unit" texts.
create table emission_source (
    id                          bigserial primary key,
    plant_id                    bigint not null references plant (id),
    org_unit_id                 bigint references org_unit (id),
    code                        text not null,
    type                        text not null,
    name                        text not null,
    collection_method           text not null check (collection_method in ('METERED', 'DIRECT', 'MANUAL', 'INTEGRATION')),
    frequency                   text not null check (frequency in ('DAY', 'MONTH', 'EVENT')),
    screening_estimate_tco2e    numeric,
    created_at                  timestamptz not null default now(),
    unique (plant_id, code)
);

create table source_parameter (
    source_id   bigint not null references emission_source (id),
    name        text not null,
    value_text  text not null,
    primary key (source_id, name)
);

create table source_meter (
    source_id   bigint not null references emission_source (id),
    meter_id    bigint not null references meter (id),
    primary key (source_id, meter_id)
);

-- Imports: one row per accepted file; the SHA-256 makes re-imports no-ops.
create table import_batch (
    id              bigserial primary key,
    plant_id        bigint references plant (id),
    file_name       text not null,
    kind            text not null check (kind in ('PLANT_YAML', 'ACTIVITY_CSV', 'ACTIVITY_XLSX')),
    sha256          text not null,
    rows_accepted   integer not null default 0,
    imported_by     text not null,
    imported_at     timestamptz not null default now(),
    unique (plant_id, kind, sha256)
);

-- Activity data: never updated in place; a correction is a new row pointing to the one it corrects.
create table activity_datum (
    id                  bigserial primary key,
    plant_id            bigint not null references plant (id),
    source_id           bigint not null references emission_source (id),
    period_start        date not null,
    period_end          date not null,
    quantity            numeric not null check (quantity >= 0),
    unit                text not null,
    item                text not null default '',
    uncertainty_pct     numeric check (uncertainty_pct is null or uncertainty_pct >= 0),
    status              text not null default 'SUBMITTED' check (status in ('DRAFT', 'SUBMITTED', 'CORRECTED')),
    collection_method   text not null check (collection_method in ('METERED', 'DIRECT', 'MANUAL', 'INTEGRATION')),
    entered_by          text not null,
    entered_at          timestamptz not null default now(),
    origin_file         text,
    origin_row          integer,
    origin_meter        text,
    import_id           bigint references import_batch (id),
    corrects_id         bigint references activity_datum (id),
    correction_reason   text,
    evidence_refs       text[] not null default '{}',
    note                text,
    check (period_end > period_start),
    check ((corrects_id is null) = (correction_reason is null))
);
create index activity_datum_source_period on activity_datum (source_id, period_start);
create index activity_datum_plant_period on activity_datum (plant_id, period_start) where status <> 'CORRECTED';

create table production_volume (
    plant_id    bigint not null references plant (id),
    month       date not null check (extract(day from month) = 1),
    vehicles    integer not null check (vehicles >= 0),
    primary key (plant_id, month)
);

-- Inventory versions: each run over changed inputs is a new version with its full result and inputs.
create table inventory_version (
    id              bigserial primary key,
    plant_id        bigint not null references plant (id),
    year            integer not null,
    version         integer not null,
    gwp             text not null,
    inputs_hash     text not null,
    inputs          jsonb not null,
    result          jsonb not null,
    total_tco2e     numeric not null,
    computed_at     timestamptz not null default now(),
    computed_by     text not null,
    unique (plant_id, year, version)
);

-- Machine and automation tokens (SHA-256 of the token; the token itself is never stored).
create table api_token (
    id          bigserial primary key,
    name        text not null,
    token_hash  text not null unique,
    role        text not null,
    created_at  timestamptz not null default now(),
    revoked_at  timestamptz
);
