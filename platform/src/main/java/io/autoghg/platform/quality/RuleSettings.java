package io.autoghg.platform.quality;

import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table quality_rule_setting: reading a plant's settings and storing one, checked. */
@Component
class RuleSettings {
    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final SourceService sources;

    RuleSettings(JdbcClient jdbc, OrganisationService organisation, SourceService sources) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.sources = sources;
    }

    List<RuleSetting> list(String plantCode) {
        long plantId = organisation.plant(plantCode).id();
        Map<Long, String> sourceCodes = new HashMap<>();
        sources.sources(plantCode, false).forEach(s -> sourceCodes.put(s.id(), s.code()));
        Map<Long, String> meterCodes = new HashMap<>();
        organisation.meters(plantCode).forEach(m -> meterCodes.put(m.id(), m.code()));
        return jdbc.sql("""
                        select id, rule, source_id, meter_id, enabled, min_value, max_value, unit, threshold, sub_meter_ids,
                               sub_meter_coverage, note, updated_by, updated_at
                        from quality_rule_setting where plant_id = ? order by rule, id""")
                .param(plantId)
                .query((rs, n) -> {
                    Array subs = rs.getArray("sub_meter_ids");
                    List<String> subMeters = subs == null ? null : Arrays.stream((Object[]) subs.getArray())
                            .map(id -> meterCodes.get(((Number) id).longValue())).toList();
                    Long sourceId = (Long) rs.getObject("source_id");
                    Long meterId = (Long) rs.getObject("meter_id");
                    Timestamp updated = rs.getTimestamp("updated_at");
                    return new RuleSetting(rs.getLong("id"), rs.getString("rule"), sourceId == null ? null : sourceCodes.get(sourceId),
                            meterId == null ? null : meterCodes.get(meterId), rs.getBoolean("enabled"), rs.getBigDecimal("min_value"),
                            rs.getBigDecimal("max_value"), rs.getString("unit"), rs.getBigDecimal("threshold"), subMeters,
                            rs.getString("sub_meter_coverage"), rs.getString("note"), rs.getString("updated_by"), updated.toInstant());
                })
                .list();
    }

    /** Creates or replaces the setting of the request's rule and scope. */
    RuleSetting save(String plantCode, SettingRequest request, Actor actor) {
        long plantId = organisation.plant(plantCode).id();
        QualityRule rule = QualityRule.find(request.rule()).filter(QualityRule::configurable)
                .orElseThrow(() -> new BadRequestException("rule", "unknown rule '" + request.rule() + "'; rules: "
                        + String.join(", ", Arrays.stream(QualityRule.values()).filter(QualityRule::configurable).map(QualityRule::code)
                        .toList())));
        EmissionSource source = blank(request.source()) ? null : sources.sources(plantCode, false).stream()
                .filter(s -> s.code().equals(request.source())).findFirst()
                .orElseThrow(() -> new BadRequestException("source", "plant " + plantCode + " has no source '" + request.source() + "'"));
        Map<String, Meter> meters = new HashMap<>();
        organisation.meters(plantCode).forEach(m -> meters.put(m.code(), m));
        Meter meter = blank(request.meter()) ? null : meter(meters, plantCode, request.meter(), "meter");
        if (source != null && meter != null && !source.meters().contains(meter.code())) {
            throw new BadRequestException("meter", "meter " + meter.code() + " does not feed source " + source.code()
                    + " (its meters: " + (source.meters().isEmpty() ? "none" : String.join(", ", source.meters())) + ")");
        }
        BigDecimal threshold = request.threshold();
        checkThreshold(rule, threshold);
        Unit unit = null;
        if (request.minValue() != null || request.maxValue() != null || !blank(request.unit())) {
            if (rule != QualityRule.RANGE) {
                throw new BadRequestException("minValue", "minValue, maxValue and unit belong to the range rule");
            }
            if (blank(request.unit())) {
                throw new BadRequestException("unit", "give the unit of minValue and maxValue");
            }
            unit = parse(request.unit());
            if (request.minValue() != null && request.maxValue() != null && request.minValue().compareTo(request.maxValue()) > 0) {
                throw new BadRequestException("minValue", "minValue " + request.minValue() + " is above maxValue " + request.maxValue());
            }
            if (meter != null && !unit.sameDimensionAs(parse(meter.unit()))) {
                throw new BadRequestException("unit", "unit " + unit.symbol() + " does not fit meter " + meter.code() + " (" + meter.unit() + ")");
            }
        }
        if (rule == QualityRule.RANGE && request.minValue() == null && request.maxValue() == null
                && !Boolean.FALSE.equals(request.enabled())) {
            throw new BadRequestException("maxValue", "the range rule needs minValue, maxValue or both, with their unit");
        }
        List<Long> subIds = null;
        String coverage = null;
        if (rule == QualityRule.SUB_METER) {
            if (meter == null) {
                throw new BadRequestException("meter", "the sub-meter rule needs the main meter");
            }
            if (request.subMeters() == null || request.subMeters().isEmpty()) {
                throw new BadRequestException("subMeters", "name the sub-meters of main meter " + meter.code());
            }
            Unit mainUnit = parse(meter.unit());
            subIds = new ArrayList<>();
            for (String code : new LinkedHashSet<>(request.subMeters())) {
                Meter sub = meter(meters, plantCode, code, "subMeters");
                if (sub.code().equals(meter.code())) {
                    throw new BadRequestException("subMeters", "meter " + code + " cannot be its own sub-meter");
                }
                if (!parse(sub.unit()).sameDimensionAs(mainUnit)) {
                    throw new BadRequestException("subMeters", "sub-meter " + code + " measures in " + sub.unit()
                            + ", which cannot be compared with the main meter's " + meter.unit());
                }
                subIds.add(sub.id());
            }
            coverage = request.coverage() == null ? "COMPLETE" : request.coverage();
        } else if (request.subMeters() != null && !request.subMeters().isEmpty() || request.coverage() != null) {
            throw new BadRequestException("subMeters", "subMeters and coverage belong to the sub-meter rule");
        }
        Long[] subArray = subIds == null ? null : subIds.toArray(Long[]::new);
        jdbc.sql("""
                        insert into quality_rule_setting (plant_id, rule, source_id, meter_id, enabled, min_value, max_value, unit,
                            threshold, sub_meter_ids, sub_meter_coverage, note, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (plant_id, rule, coalesce(source_id, 0), coalesce(meter_id, 0)) do update set
                            enabled = excluded.enabled, min_value = excluded.min_value, max_value = excluded.max_value,
                            unit = excluded.unit, threshold = excluded.threshold, sub_meter_ids = excluded.sub_meter_ids,
                            sub_meter_coverage = excluded.sub_meter_coverage, note = excluded.note,
                            updated_by = excluded.updated_by, updated_at = now()""")
                .params(plantId, rule.code(), source == null ? null : source.id(), meter == null ? null : meter.id(),
                        !Boolean.FALSE.equals(request.enabled()), request.minValue(), request.maxValue(),
                        unit == null ? null : unit.symbol(), threshold, subArray, coverage, request.note(), actor.name())
                .update();
        String sourceCode = source == null ? null : source.code();
        String meterCode = meter == null ? null : meter.code();
        return list(plantCode).stream().filter(s -> s.rule().equals(rule.code()) && java.util.Objects.equals(s.source(), sourceCode)
                && java.util.Objects.equals(s.meter(), meterCode)).findFirst().orElseThrow();
    }

    private static void checkThreshold(QualityRule rule, BigDecimal threshold) {
        if (threshold == null) {
            return;
        }
        switch (rule) {
            case RATE_OF_CHANGE, UNIT_PLAUSIBILITY -> {
                if (threshold.compareTo(BigDecimal.ONE) <= 0) {
                    throw new BadRequestException("threshold", "the " + rule.code() + " factor must be above 1");
                }
            }
            case FLAT_LINE -> {
                if (threshold.compareTo(BigDecimal.valueOf(2)) < 0 || threshold.stripTrailingZeros().scale() > 0) {
                    throw new BadRequestException("threshold", "flat-line counts whole days, at least 2");
                }
            }
            case TIMELINESS, CALIBRATION_LAPSED -> {
                if (threshold.stripTrailingZeros().scale() > 0) {
                    throw new BadRequestException("threshold", rule.code() + " counts whole days");
                }
            }
            case MISSING_PERIOD, NEGATIVE, COUNTER_RESET, DUPLICATE, RANGE ->
                    throw new BadRequestException("threshold", "the " + rule.code() + " rule has no threshold");
            default -> {
            }
        }
    }

    private static Meter meter(Map<String, Meter> meters, String plantCode, String code, String field) {
        Meter meter = meters.get(code);
        if (meter == null) {
            throw new BadRequestException(field, "plant " + plantCode + " has no meter '" + code + "'");
        }
        return meter;
    }

    private static Unit parse(String symbol) {
        try {
            return Units.parse(symbol);
        } catch (UnitException e) {
            throw new BadRequestException("unit", e.getMessage());
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
