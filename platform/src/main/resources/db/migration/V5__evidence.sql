-- Evidence: documents that back activity data (invoices, stock reports, meter photos, certificates …).
-- The file itself lives content-addressed under DATA/evidence/<first 2 hex>/<sha256>; a plant keeps
-- one record per distinct file.
create table evidence (
    id              bigserial primary key,
    plant_id        bigint not null references plant (id),
    sha256          text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    file_name       text not null,
    content_type    text not null,
    size_bytes      bigint not null check (size_bytes > 0),
    type            text not null check (type in ('INVOICE', 'STOCK_REPORT', 'PURCHASE_REPORT', 'METER_PHOTO',
                                                  'CALIBRATION_CERTIFICATE', 'CONTRACT', 'GREEN_CERTIFICATE', 'OTHER')),
    period_start    date not null,
    period_end      date not null,
    issuer          text,
    amount          numeric check (amount is null or amount > 0),
    amount_unit     text,
    uploaded_by     text not null,
    uploaded_at     timestamptz not null default now(),
    check (period_end > period_start),
    check ((amount is null) = (amount_unit is null)),
    unique (plant_id, sha256)
);
create index evidence_plant_period on evidence (plant_id, period_start);
comment on column evidence.period_end is 'exclusive, like activity_datum.period_end';

-- Which evidence backs which activity datum (written by the evidence module for the activity module).
create table activity_evidence (
    datum_id        bigint not null references activity_datum (id),
    evidence_id     bigint not null references evidence (id),
    primary key (datum_id, evidence_id)
);
create index activity_evidence_evidence on activity_evidence (evidence_id);
