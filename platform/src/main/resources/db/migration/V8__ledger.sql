-- Tamper-evident ledger (docs/ledger.md): a hash chain of accounting events per plant,
-- signed Merkle seals per reporting year, and the plant's Ed25519 key pair.
create table ledger_entry (
    seq          bigserial primary key,
    plant_id     bigint not null references plant (id),
    kind         text not null,
    subject      text not null,
    payload      text not null,
    recorded_at  timestamptz not null,
    prev_hash    text not null,
    hash         text not null
);
create index ledger_entry_plant on ledger_entry (plant_id, seq);
comment on column ledger_entry.payload is 'canonical JSON (sorted keys, no white space), hashed byte for byte';
comment on column ledger_entry.subject is '<year>/<thing>/<id>, e.g. 2024/datum/42; the year decides the seal';

create table ledger_key (
    plant_id     bigint primary key references plant (id),
    public_key   bytea not null,
    private_key  bytea not null,
    created_at   timestamptz not null default now()
);
comment on column ledger_key.private_key is 'Ed25519 PKCS#8; to be encrypted at rest by the data-protection part of issue 9';

create table ledger_seal (
    id           bigserial primary key,
    plant_id     bigint not null references plant (id),
    year         integer not null,
    merkle_root  text not null,
    first_seq    bigint not null,
    last_seq     bigint not null,
    entries      integer not null,
    sealed_at    timestamptz not null,
    signature    text not null,
    public_key   text not null
);
create index ledger_seal_plant_year on ledger_seal (plant_id, year, id);
