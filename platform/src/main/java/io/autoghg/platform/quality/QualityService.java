package io.autoghg.platform.quality;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.activity.ProductionMonth;
import io.autoghg.platform.evidence.AmountMismatch;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.Page;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Data quality of a plant (docs/quality.md): findings of the rules and the scorecard of the four
 * GB/T 36344 dimensions, computed on request from the activity data; the rule settings; and gap
 * filling, which stores estimates as new rows marked with their method and never changes stored data.
 */
@Service
public class QualityService {
    /** Days before the year that the anomaly baseline and the day-to-day checks look at. */
    static final int LOOKBACK_DAYS = Rules.BASELINE_WEEKS * 7;
    private static final int PAGE = 1000;
    private static final Set<String> MEASURED = Set.of("METERED", "DIRECT");

    private final OrganisationService organisation;
    private final SourceService sources;
    private final ActivityService activity;
    private final AccountingInputs inputs;
    private final RuleSettings settings;
    private final DictionarySchema schema;
    private final EvidenceService evidence;

    private final Access access;

    QualityService(OrganisationService organisation, SourceService sources, ActivityService activity, AccountingInputs inputs,
                   RuleSettings settings, DictionarySchema schema, EvidenceService evidence, Access access) {
        this.access = access;
        this.evidence = evidence;
        this.organisation = organisation;
        this.sources = sources;
        this.activity = activity;
        this.inputs = inputs;
        this.settings = settings;
        this.schema = schema;
    }

    /** The scorecard and findings of a plant's year (the current year up to yesterday, plant time). */
    @Transactional(readOnly = true)
    public QualityReport report(String plantCode, int year) {
        access.require(Permission.READ, plantCode, year);
        Plant plant = organisation.plant(plantCode);
        ZoneId zone = ZoneId.of(plant.timezone());
        LocalDate today = LocalDate.now(zone);
        return report(plant, year, today);
    }

    QualityReport report(Plant plant, int year, LocalDate today) {
        if (year < 1900 || year > 2999) {
            throw new BadRequestException("year", "year " + year + " is out of range");
        }
        String plantCode = plant.code();
        List<Meter> meters = organisation.meters(plantCode);
        Map<String, List<Calibration>> calibrations = new HashMap<>();
        for (Meter meter : meters) {
            calibrations.put(meter.code(), organisation.calibrations(plantCode, meter.code()));
        }
        LocalDate yearStart = LocalDate.of(year, 1, 1);
        List<ActivityDatum> data = data(plantCode, null, yearStart.minusDays(LOOKBACK_DAYS), yearStart.plusYears(1), null);
        List<Long> entered = data.stream().filter(d -> "SUBMITTED".equals(d.status()) && !d.start().isBefore(yearStart)
                && !MEASURED.contains(d.collectionMethod())).map(ActivityDatum::id).toList();
        Set<Long> linked = evidence.linked(plantCode, entered).keySet();
        Settings ruleSettings = new Settings(settings.list(plantCode));
        QualityCheck.Input input = new QualityCheck.Input(plantCode, ZoneId.of(plant.timezone()), year, today,
                sources.sources(plantCode, false), meters, calibrations, data, ruleSettings, linked,
                evidenceFindings(plantCode, year, data));
        return QualityCheck.run(input);
    }

    /** The evidence module's amount comparison (> 2 %) as findings of rule evidence-amount-mismatch. */
    private List<Finding> evidenceFindings(String plantCode, int year, List<ActivityDatum> data) {
        Map<Long, ActivityDatum> byId = new HashMap<>();
        data.forEach(d -> byId.put(d.id(), d));
        List<Finding> findings = new ArrayList<>();
        for (AmountMismatch mismatch : evidence.amountMismatches(plantCode, year)) {
            ActivityDatum datum = byId.get(mismatch.datumId());
            if (datum == null) {
                datum = activity.datum(plantCode, mismatch.datumId());
            }
            LocalDate from = datum.start();
            LocalDate to = datum.end();
            for (Long id : mismatch.dataIds()) {
                ActivityDatum other = byId.get(id);
                if (other != null) {
                    from = other.start().isBefore(from) ? other.start() : from;
                    to = other.end().isAfter(to) ? other.end() : to;
                }
            }
            String data1 = mismatch.dataIds().size() == 1 ? "datum " + mismatch.datumId()
                    : "data " + mismatch.dataIds().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "));
            findings.add(Finding.of(QualityRule.EVIDENCE_AMOUNT_MISMATCH, datum.source(), datum.originMeter(), datum.item(), from, to,
                    datum.source() + ": evidence " + mismatch.evidenceId() + " states " + Text.number(mismatch.evidenceAmount()) + " "
                            + mismatch.unit() + ", " + data1 + " " + (mismatch.dataIds().size() == 1 ? "states " : "state together ")
                            + Text.number(mismatch.datumAmount()) + " " + mismatch.unit() + ": "
                            + (mismatch.differencePct().signum() > 0 ? "+" : "") + mismatch.differencePct().stripTrailingZeros().toPlainString()
                            + " % (more than " + EvidenceService.AMOUNT_TOLERANCE_PCT + " %)", mismatch.dataIds()));
        }
        return findings;
    }

    /** Every activity datum of the plant (or one source) overlapping [from, to), page by page. */
    private List<ActivityDatum> data(String plantCode, String source, LocalDate from, LocalDate to, String status) {
        List<ActivityDatum> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            Page<ActivityDatum> items = activity.list(plantCode, source, from, to, status, page, PAGE);
            all.addAll(items.items());
            if (items.items().size() < PAGE || all.size() >= items.total()) {
                return all;
            }
        }
    }

    /**
     * Fills the missing days or months of a source and item in [from, to) by the request's method:
     * the estimates are checked by the accounting engine with the stored data, then stored as
     * submitted rows marked with their method and a note naming the data they came from.
     */
    @Transactional
    public List<ActivityDatum> fill(String plantCode, FillRequest request, Actor actor) {
        access.require(Permission.MANAGE_QUALITY, plantCode);
        Plant plant = organisation.plant(plantCode);
        EmissionSource source = sources.source(plantCode, request.source());
        String item = request.item() == null ? "" : request.item().strip();
        if (!request.to().isAfter(request.from())) {
            throw new BadRequestException("to", "to " + request.to() + " is not after from " + request.from() + " (to is exclusive)");
        }
        LocalDate today = LocalDate.now(ZoneId.of(plant.timezone()));
        if (request.to().isAfter(today)) {
            throw new BadRequestException("to", "only periods that have ended can be filled: to " + request.to() + " is after today "
                    + today + " (plant time)");
        }
        inputs.lock(plantCode);
        List<ActivityDatum> rows = data(plantCode, request.source(), null, null, "SUBMITTED").stream()
                .filter(d -> d.item().equals(item)).toList();
        Map<YearMonth, Integer> production = new HashMap<>();
        if (request.method().equals("production-regression")) {
            int first = rows.stream().map(d -> d.start().getYear()).min(Integer::compare).orElse(request.from().getYear());
            for (int year = Math.min(first, request.from().getYear()); year <= request.to().getYear(); year++) {
                for (ProductionMonth month : activity.production(plantCode, year)) {
                    production.put(month.month(), month.vehicles());
                }
            }
        }
        List<GapFilling.Estimate> estimates = GapFilling.fill(request.method(), source.frequency(), rows, request.from(),
                request.to(), production);
        String method = GapFilling.METHODS.get(request.method());
        List<NewRow> newRows = new ArrayList<>();
        int line = 0;
        for (GapFilling.Estimate estimate : estimates) {
            ActivityRow row = new ActivityRow(source.code(), estimate.start(), estimate.end(),
                    new Quantity(estimate.quantity(), Units.parse(estimate.unit())), item, null,
                    new SourceLocation("fill", ++line), method);
            newRows.add(new NewRow(row, null, null, null, null, null, List.of(), estimate.note()));
        }
        inputs.check(plantCode, newRows.stream().map(NewRow::row).toList(), List.of());
        List<Long> ids = activity.insert(plantCode, newRows, actor, "SUBMITTED");
        return ids.stream().map(id -> activity.datum(plantCode, id)).toList();
    }

    public List<RuleSetting> settings(String plantCode) {
        access.require(Permission.READ, plantCode);
        return settings.list(plantCode);
    }

    @Transactional
    public RuleSetting saveSetting(String plantCode, SettingRequest request, Actor actor) {
        access.require(Permission.MANAGE_QUALITY, plantCode);
        return settings.save(plantCode, request, actor);
    }

    /** The rules with their dimension, severity, default threshold, settings and descriptions. */
    public List<Map<String, Object>> rules() {
        access.requireSomewhere(Permission.READ);
        List<Map<String, Object>> rules = new ArrayList<>();
        for (QualityRule rule : QualityRule.values()) {
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("rule", rule.code());
            map.put("dimension", rule.dimension().name().toLowerCase(java.util.Locale.ROOT));
            map.put("severity", rule.severity().code());
            map.put("defaultThreshold", rule.defaultThreshold());
            map.put("settings", rule.settings());
            map.put("configurable", rule.configurable());
            map.put("descriptionEn", rule.descriptionEn());
            map.put("descriptionZh", rule.descriptionZh());
            rules.add(map);
        }
        return rules;
    }

    /** The data dictionary: every table and column with its type from the database, and every code. */
    DataDictionary.Dictionary dataDictionary() {
        access.requireSomewhere(Permission.READ);
        return schema.dictionary();
    }

    /** The data dictionary as an XLSX workbook: sheet "Tables" (a row per column) and sheet "Codes". */
    public byte[] dataDictionaryXlsx() {
        access.requireSomewhere(Permission.READ);
        return DictionaryXlsx.write(schema.dictionary());
    }
}
