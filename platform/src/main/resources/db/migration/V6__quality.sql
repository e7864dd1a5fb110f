-- Data-quality rules configured per plant, source or meter; without a row a rule runs with its default.
-- Findings are computed on request from the activity data and are not stored.
create table quality_rule_setting (
    id                  bigserial primary key,
    plant_id            bigint not null references plant (id),
    rule                text not null check (rule in ('missing-period', 'range', 'rate-of-change', 'flat-line', 'negative',
                                                      'counter-reset', 'duplicate', 'unit-plausibility', 'sub-meter', 'invoice',
                                                      'anomaly', 'calibration-lapsed', 'timeliness')),
    source_id           bigint references emission_source (id),
    meter_id            bigint references meter (id),
    enabled             boolean not null default true,
    min_value           numeric,
    max_value           numeric,
    unit                text,
    threshold           numeric check (threshold is null or threshold > 0),
    sub_meter_ids       bigint[],
    sub_meter_coverage  text check (sub_meter_coverage is null or sub_meter_coverage in ('COMPLETE', 'PARTIAL')),
    note                text,
    updated_by          text not null,
    updated_at          timestamptz not null default now(),
    check (min_value is null or max_value is null or min_value <= max_value),
    check ((min_value is null and max_value is null) or unit is not null),
    check (rule <> 'sub-meter' or (meter_id is not null and cardinality(sub_meter_ids) > 0))
);
-- One setting per rule and scope (plant-wide, a source, a meter, or a meter of a source).
create unique index quality_rule_setting_scope
    on quality_rule_setting (plant_id, rule, coalesce(source_id, 0), coalesce(meter_id, 0));

comment on table quality_rule_setting is 'data-quality rule settings per plant, source or meter (defaults apply without a row)';
comment on column quality_rule_setting.threshold is 'the rule''s limit: rate-of-change factor, flat-line days, anomaly robust z, '
    'unit-plausibility factor, sub-meter and invoice tolerance in %, timeliness days, calibration-lapsed grace days';
comment on column quality_rule_setting.sub_meter_ids is 'sub-meter rule: the meters whose daily sum is compared with meter_id (the main meter)';
