-- Edge gateways (docs/edge-gateway.md §6): a gateway row is created by the first registration or the first
-- central configuration; every saved configuration is a new version, kept.

create table gateway (
    id               bigserial primary key,
    plant_id         bigint not null references plant (id),
    name             text not null,
    -- what the gateway said at its last registration
    registered_at    timestamptz,
    software_version text,
    host_name        text,
    transport        text,
    local_devices    integer,
    -- its last status heartbeat: counters since its start, the config version it runs (null: its file), per device
    last_seen        timestamptz,
    running_version  integer,
    polled           bigint,
    bad              bigint,
    sent             bigint,
    send_failures    bigint,
    pending_bytes    bigint,
    last_error       text,
    devices          text,
    unique (plant_id, name)
);

-- The central device configuration: the JSON mirror of gateway.yaml's devices, pollInterval and batchSize.
create table gateway_config (
    gateway_id  bigint not null references gateway (id),
    version     integer not null check (version > 0),
    document    text not null,
    changed_at  timestamptz not null default now(),
    changed_by  text not null,
    primary key (gateway_id, version)
);
