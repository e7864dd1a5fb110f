-- A calibration or repair record is backed by its certificate, stored as evidence (type CALIBRATION_CERTIFICATE).
create table calibration_evidence (
    calibration_id  bigint not null references calibration (id),
    evidence_id     bigint not null references evidence (id),
    primary key (calibration_id, evidence_id)
);
