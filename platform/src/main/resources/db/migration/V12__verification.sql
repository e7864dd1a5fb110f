-- Verification (docs/verification.md): the verifiers invited to a plant's reporting year, their
-- findings with a thread, the random samples they drew and the statements they issued.
create table verification_engagement (
    id           bigserial primary key,
    plant_id     bigint not null references plant (id),
    year         integer not null,
    verifier_id  bigint not null references user_account (id),
    invited_by   text not null,
    invited_at   timestamptz not null,
    status       text not null default 'INVITED' check (status in ('INVITED', 'COMPLETED')),
    unique (plant_id, year, verifier_id)
);
comment on table verification_engagement is 'a verifier invited to one plant and year; the account holds a VERIFIER grant scoped to that period';
comment on column verification_engagement.status is 'COMPLETED once a statement has been issued for the period';

create table finding (
    id            bigserial primary key,
    plant_id      bigint not null references plant (id),
    year          integer not null,
    subject_kind  text not null check (subject_kind in ('DATUM', 'SOURCE', 'FACTOR', 'EVIDENCE_REQUEST', 'GENERAL')),
    subject_ref   text,
    title         text not null,
    severity      text not null check (severity in ('OBSERVATION', 'MINOR', 'MAJOR')),
    status        text not null default 'OPEN' check (status in ('OPEN', 'RESPONDED', 'ACCEPTED', 'REJECTED')),
    resolution    text,
    opened_by     text not null,
    opened_at     timestamptz not null,
    closed_by     text,
    closed_at     timestamptz,
    check ((status in ('ACCEPTED', 'REJECTED')) = (closed_at is not null))
);
create index finding_period on finding (plant_id, year, id);
comment on column finding.subject_ref is 'DATUM: the datum id; SOURCE: the source code; FACTOR: source code and parameter (e.g. NG-PAINT/ncv); otherwise optional';

create table finding_comment (
    id            bigserial primary key,
    finding_id    bigint not null references finding (id),
    author        text not null,
    at            timestamptz not null,
    kind          text not null check (kind in ('OPENED', 'COMMENT', 'RESPONSE', 'CLOSED')),
    text          text not null,
    evidence_ids  bigint[] not null default '{}',
    datum_id      bigint references activity_datum (id)
);
create index finding_comment_thread on finding_comment (finding_id, id);
comment on column finding_comment.datum_id is 'a datum the comment points to, e.g. the correction made in answer to the finding';

create table verification_sample (
    id          bigserial primary key,
    plant_id    bigint not null references plant (id),
    year        integer not null,
    seed        bigint not null,
    size        integer not null check (size > 0),
    population  integer not null,
    datum_ids   bigint[] not null,
    drawn_by    text not null,
    drawn_at    timestamptz not null
);
create index verification_sample_period on verification_sample (plant_id, year, id);
comment on column verification_sample.population is 'how many submitted data of the year the sample was drawn from (ordered by id)';

create table verification_statement (
    id                 bigserial primary key,
    plant_id           bigint not null references plant (id),
    year               integer not null,
    assurance          text not null check (assurance in ('REASONABLE', 'LIMITED')),
    materiality_pct    numeric not null check (materiality_pct > 0 and materiality_pct <= 100),
    opinion            text not null check (opinion in ('UNMODIFIED', 'QUALIFIED', 'ADVERSE', 'DISCLAIMER')),
    text               text not null,
    inventory_version  integer not null,
    inputs_hash        text not null,
    total_tco2e        numeric,
    issued_by          text not null,
    issued_at          timestamptz not null,
    unique (plant_id, year, inventory_version)
);
comment on column verification_statement.inventory_version is 'the inventory version the statement covers; closing the period needs a statement of the version it closes';
