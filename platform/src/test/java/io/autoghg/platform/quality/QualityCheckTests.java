package io.autoghg.platform.quality;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.source.EmissionSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole check over crafted plant data: findings of the source-level rules and the four scores. */
class QualityCheckTests {
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private final List<ActivityDatum> data = new ArrayList<>();
    private long nextId = 1;

    private ActivityDatum datum(String source, LocalDate start, LocalDate end, String quantity, String unit, String item,
                                String status, String collection, String meter, List<String> evidence, String estimated,
                                Long corrects, Instant entered) {
        ActivityDatum datum = new ActivityDatum(nextId++, source, start, end, new BigDecimal(quantity), unit, item, null, status,
                collection, "tester", entered == null ? end.plusDays(1).atTime(LocalTime.NOON).atZone(ZONE).toInstant() : entered,
                null, null, meter, null, corrects, corrects == null ? null : "fix", null, evidence, null, estimated);
        data.add(datum);
        return datum;
    }

    private ActivityDatum monthly(String source, int month, String quantity, String unit) {
        LocalDate start = LocalDate.of(2025, month, 1);
        return datum(source, start, start.plusMonths(1), quantity, unit, "", "SUBMITTED", "MANUAL", null,
                List.of("INV-2025-" + month), null, null, null);
    }

    private ActivityDatum daily(String source, LocalDate day, String quantity, String unit, String meter) {
        return datum(source, day, day.plusDays(1), quantity, unit, "", "SUBMITTED", "METERED", meter, List.of(), null, null, null);
    }

    private static EmissionSource source(long id, String code, String type, String collection, String frequency, String... meters) {
        return new EmissionSource(id, code, type, code, null, collection, frequency, null, Map.of(), List.of(meters));
    }

    private QualityReport run(List<EmissionSource> sources, List<Meter> meters, List<RuleSetting> settings) {
        return QualityCheck.run(new QualityCheck.Input("T", ZONE, 2025, TODAY, sources, meters, Map.of(), data,
                new Settings(settings), Set.of(), List.of()));
    }

    @Test
    void aMonthlySourceMissingAMonthNamesTheSourceAndTheMonth() {
        for (int month = 1; month <= 12; month++) {
            if (month != 4) {
                monthly("LPG", month, "2900", "kg");
            }
        }
        QualityReport report = run(List.of(source(1, "LPG", "MOB_COMB_LPG", "MANUAL", "MONTH")), List.of(), List.of());

        assertThat(report.findings()).filteredOn(f -> f.rule().equals("missing-period")).singleElement().satisfies(f -> {
            assertThat(f.source()).isEqualTo("LPG");
            assertThat(f.from()).isEqualTo(LocalDate.of(2025, 4, 1));
            assertThat(f.to()).isEqualTo(LocalDate.of(2025, 5, 1));
            assertThat(f.severity()).isEqualTo("error");
            assertThat(f.explanation()).isEqualTo("LPG: no data for the month 2025-04 (April 2025); the source is expected to have "
                    + "data every month");
        });
        // 11 of 12 months: 91.7 %; the source is the only one, so the plant's completeness is its own
        assertThat(report.completeness()).isEqualTo(91.7);
        assertThat(report.accuracy()).isEqualTo(100.0);
        assertThat(report.sources().get(0).evidencePct()).isEqualTo(100.0);
        assertThat(report.months().get(3).completeness()).isEqualTo(0.0);
        assertThat(report.months().get(4).completeness()).isEqualTo(100.0);
    }

    @Test
    void aDailySourceMissingAWeekAndTheScoresAsMeansOverSources() {
        for (LocalDate day = LocalDate.of(2025, 1, 1); day.getYear() == 2025; day = day.plusDays(1)) {
            if (day.isBefore(LocalDate.of(2025, 9, 15)) || !day.isBefore(LocalDate.of(2025, 9, 22))) {
                daily("ELEC", day, "12000", "kWh", "EM-1");
            }
        }
        for (int month = 1; month <= 12; month++) {
            monthly("LPG", month, "2900", "kg");
        }
        QualityReport report = run(List.of(source(1, "ELEC", "ELEC_PURCHASED", "METERED", "DAY", "EM-1"),
                source(2, "LPG", "MOB_COMB_LPG", "MANUAL", "MONTH")), List.of(), List.of());

        Finding missing = report.findings().stream().filter(f -> f.rule().equals("missing-period")).findFirst().orElseThrow();
        assertThat(missing.explanation()).isEqualTo("ELEC (meter EM-1): no data for 7 day(s), 2025-09-15 to 2025-09-21; the source "
                + "is expected to have data every day");
        assertThat(missing.meter()).isEqualTo("EM-1");
        // ELEC 358 of 365 days = 98.08 %, LPG 12 of 12: mean (98.08 + 100) / 2 = 99.04 → 99.0
        assertThat(report.completeness()).isEqualTo(99.0);
        assertThat(report.sources()).extracting(SourceQuality::completeness).containsExactly(98.1, 100.0);
        assertThat(report.months().get(8).completeness()).as("September: (23/30 + 1) / 2").isEqualTo(88.3);
        // the same 12,000 kWh every day is a stuck meter, but the flat line is ELEC's whole year: accuracy counts those rows
        assertThat(report.findings()).anyMatch(f -> f.rule().equals("flat-line"));
        assertThat(report.measuredPct()).isEqualTo(Math.round(1000.0 * 358 / 370) / 10.0);
    }

    @Test
    void duplicatesAcrossDraftsAndCorrectionsThatRepeatTheirDatum() {
        ActivityDatum first = monthly("LPG", 3, "2900", "kg");
        datum("LPG", first.start(), first.end(), "2900.0", "kg", "", "DRAFT", "MANUAL", null, List.of(), null, null, null);
        ActivityDatum old = datum("LPG", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 6, 1), "3100", "kg", "", "CORRECTED", "MANUAL",
                null, List.of("INV"), null, null, null);
        datum("LPG", old.start(), old.end(), "3100", "kg", "", "SUBMITTED", "MANUAL", null, List.of("INV"), null, old.id(), null);

        QualityReport report = run(List.of(source(1, "LPG", "MOB_COMB_LPG", "MANUAL", "MONTH")), List.of(), List.of());

        List<Finding> duplicates = report.findings().stream().filter(f -> f.rule().equals("duplicate")).toList();
        assertThat(duplicates).extracting(Finding::explanation).containsExactlyInAnyOrder(
                "datum 2 (draft, entered by tester) repeats datum 1 (submitted, entered by tester): LPG 2025-03-01 – 2025-04-01 2,900 kg",
                "datum 4 corrects datum 3 (\"fix\") but repeats it: LPG 2025-05-01 – 2025-06-01 3,100 kg");
        // of LPG's two submitted rows, datum 4 is flagged: consistency 50 %
        assertThat(report.consistency()).isEqualTo(50.0);
    }

    @Test
    void kilowattHoursEnteredAsMegawattHoursAndAUnitThatDoesNotFitTheMethod() {
        for (int month = 1; month <= 12; month++) {
            monthly("ELEC", month, month == 6 ? "1250" : "1200", month == 6 ? "MWh" : "kWh");
        }
        datum("ELEC", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), "5", "t", "", "DRAFT", "MANUAL", null, List.of(), null,
                null, null);
        datum("ELEC", LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), "5", "Nm3", "", "DRAFT", "MANUAL", null, List.of(), null,
                null, null);
        QualityReport report = run(List.of(source(1, "ELEC", "ELEC_PURCHASED", "MANUAL", "MONTH")), List.of(), List.of());

        List<Finding> findings = report.findings().stream().filter(f -> f.rule().equals("unit-plausibility")).toList();
        assertThat(findings).hasSize(2);
        assertThat(findings).anySatisfy(f -> assertThat(f.explanation()).isEqualTo("ELEC datum 6: 1,250 MWh for 2025-06-01 – "
                + "2025-07-01 is 41,666.667 kWh per day, 1,076.4 × the median of the source's own data (38.71 kWh per day; limit "
                + "100.0 ×); a unit slip (e.g. kWh entered as MWh, kg as t)?"));
        assertThat(findings).anySatisfy(f -> assertThat(f.explanation()).isEqualTo("ELEC datum 14 (draft): unit Nm3 (normal "
                + "volume) does not fit the method of ELEC_PURCHASED, which takes energy"));
        assertThat(report.accuracy()).as("11 of 12 submitted rows").isEqualTo(91.7);
    }

    @Test
    void meteredElectricityAgainstTheMonthsInvoiceEntry() {
        for (LocalDate day = LocalDate.of(2025, 3, 1); day.isBefore(LocalDate.of(2025, 4, 1)); day = day.plusDays(1)) {
            daily("ELEC", day, "10", "MWh", "EM-1");
        }
        ActivityDatum invoice = datum("ELEC", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "325000", "kWh", "", "DRAFT",
                "MANUAL", null, List.of("INV-2025-03-0042 (invoice)"), null, null, null);
        QualityReport report = run(List.of(source(1, "ELEC", "ELEC_PURCHASED", "METERED", "DAY", "EM-1")), List.of(), List.of());

        Finding finding = report.findings().stream().filter(f -> f.rule().equals("invoice")).findFirst().orElseThrow();
        assertThat(finding.explanation()).isEqualTo("ELEC: metered 310,000 kWh in 2025-03 (31 rows) against 325,000 kWh entered "
                + "MANUAL for the month (datum " + invoice.id() + ", draft, INV-2025-03-0042 (invoice)): -4.6 % (tolerance ±2.0 %)");
        assertThat(finding.data()).hasSize(32).contains(invoice.id());
    }

    @Test
    void lateEntriesLowerTimelinessAndTheFirstVersionOfACorrectionCounts() {
        Instant late = LocalDate.of(2025, 2, 20).atStartOfDay(ZONE).toInstant();
        datum("LPG", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 1), "2900", "kg", "", "SUBMITTED", "MANUAL", null, List.of("E"),
                null, null, late);
        ActivityDatum timely = monthly("LPG", 2, "2800", "kg");
        datum("LPG", timely.start(), timely.end(), "2850", "kg", "", "SUBMITTED", "MANUAL", null, List.of("E"), null, timely.id(),
                LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant());
        data.set(1, new ActivityDatum(timely.id(), "LPG", timely.start(), timely.end(), timely.quantity(), "kg", "", null, "CORRECTED",
                "MANUAL", "tester", timely.enteredAt(), null, null, null, null, null, null, 3L, List.of("E"), null, null));
        datum("LPG", LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 1), "3000", "kg", "", "SUBMITTED", "MANUAL", null, List.of(),
                "linear interpolation", null, null);

        QualityReport report = run(List.of(source(1, "LPG", "MOB_COMB_LPG", "MANUAL", "MONTH")), List.of(), List.of());

        // January entered 19 days after the month: late; February's correction inherits the first entry (timely); March timely
        assertThat(report.timeliness()).isEqualTo(66.7);
        assertThat(report.findings()).filteredOn(f -> f.rule().equals("timeliness")).singleElement()
                .satisfies(f -> assertThat(f.explanation()).isEqualTo("LPG: 1 of 3 row(s) were entered later than 10 day(s) after "
                        + "their period ended (median delay 19.0 days, longest 19.0)"));
        SourceQuality lpg = report.sources().get(0);
        assertThat(lpg.estimatedPct()).isEqualTo(33.3);
        assertThat(lpg.evidencePct()).isEqualTo(66.7);
        assertThat(lpg.measuredPct()).isEqualTo(0.0);
    }

    @Test
    void aSettingSwitchesARuleOffForOneSource() {
        for (int month = 1; month <= 12; month++) {
            if (month != 4) {
                monthly("LPG", month, "2900", "kg");
            }
        }
        RuleSetting off = new RuleSetting(1, "missing-period", "LPG", null, false, null, null, null, null, null, null, null, "t",
                Instant.now());
        assertThat(run(List.of(source(1, "LPG", "MOB_COMB_LPG", "MANUAL", "MONTH")), List.of(), List.of(off)).findings())
                .noneMatch(f -> f.rule().equals("missing-period"));
    }
}
