package io.autoghg.platform.report;

import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.cycle.BaseYearPolicy;
import io.autoghg.platform.cycle.PeriodState;
import io.autoghg.platform.cycle.ReportingCycleService;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.inventory.InventoryService;
import io.autoghg.platform.inventory.InventoryVersion;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.organisation.PlantGroup;
import io.autoghg.platform.quality.QualityReport;
import io.autoghg.platform.quality.QualityService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.verification.Statement;
import io.autoghg.platform.verification.Statements;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Reports (docs/reports.md): GB/T 32150, ISO 14064-1, GHG Protocol summary and statistical tables,
 * in Chinese or English, as PDF or XLSX, made from one inventory version — the version recorded when
 * the reporting period was closed, or, while it is not closed, the latest version, marked as a draft.
 */
@Service
public class ReportService {
    private static final Logger log = LoggerFactory.getLogger(ReportService.class);

    private final OrganisationService organisation;
    private final InventoryService inventories;
    private final ReportingCycleService cycle;
    private final QualityService quality;
    private final ActivityService activity;
    private final SourceService sources;
    private final MessageSource messages;
    private final PdfReport pdf;
    private final Access access;
    private final BaseYearPolicy baseYears;
    private final Statements statements;

    ReportService(OrganisationService organisation, InventoryService inventories, ReportingCycleService cycle, QualityService quality,
                  ActivityService activity, SourceService sources, MessageSource messages, PdfReport pdf, Access access,
                  BaseYearPolicy baseYears, Statements statements) {
        this.access = access;
        this.baseYears = baseYears;
        this.statements = statements;
        this.organisation = organisation;
        this.inventories = inventories;
        this.cycle = cycle;
        this.quality = quality;
        this.activity = activity;
        this.sources = sources;
        this.messages = messages;
        this.pdf = pdf;
    }

    /**
     * Makes the report; 404 when the year has no inventory, 400 (naming the field) for a year out of
     * range. A report is an export: the caller needs EXPORT for the plant's year (docs/security.md).
     */
    public ReportFile render(ReportRequest request, Actor actor) {
        access.require(Permission.EXPORT, request.plant(), request.year());
        long started = System.nanoTime();
        boolean withQuality = request.standard() == Standard.GBT32150 || request.standard() == Standard.ISO14064;
        ReportData data = load(request.plant(), request.year(), withQuality, request.standard() != Standard.TABLES, actor);
        Labels labels = new Labels(messages, request.language());
        ReportDocument document = switch (request.standard()) {
            case GBT32150 -> new GbtReport(data, labels).document();
            case ISO14064 -> new IsoReport(data, labels).document();
            case GHGP -> new GhgpReport(data, labels).document();
            case TABLES -> new StatisticalTables(data, labels).document();
        };
        byte[] content = request.format() == ReportFormat.PDF ? pdf.write(document, labels) : XlsxReport.write(document, labels);
        log.info("event=report-generated plant={} year={} standard={} lang={} format={} version={} locked={} bytes={} seconds={}",
                request.plant(), request.year(), request.standard().code(), request.language().code(), request.format().extension(),
                data.basis().version(), data.basis().locked(), content.length,
                String.format("%.2f", (System.nanoTime() - started) / 1e9));
        return new ReportFile(request.fileName(), request.format().contentType(), content, data.basis());
    }

    /**
     * Which version a report of the year would use, without computing anything: the closing version
     * of a closed period, else the latest stored version (a newer one is computed when the report is
     * made and the data changed). Empty when the year has no inventory version yet.
     */
    public Optional<ReportBasis> basis(String plant, int year) {
        ReportingPeriod period = cycle.period(plant, year);
        List<InventoryVersion> versions = inventories.versions(plant, year);
        if (period.state() == PeriodState.CLOSED) {
            return Optional.of(basis(period, closingVersion(period, versions), versions, true));
        }
        return versions.isEmpty() ? Optional.empty()
                : Optional.of(basis(period, versions.get(versions.size() - 1).version(), versions, false));
    }

    /**
     * The report's data; the quality scorecard (seconds for a year of daily data) and the base year
     * with its recalculation check only when the report shows them.
     */
    private ReportData load(String plantCode, int year, boolean withQuality, boolean withBaseYear, Actor actor) {
        Plant plant = organisation.plant(plantCode);
        ReportingPeriod period = cycle.period(plantCode, year);
        Chosen chosen = choose(period, actor).orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no inventory for "
                + year + ": there is no submitted activity data in that year"));
        Map<String, EmissionSource> setUp = new LinkedHashMap<>();
        sources.sources(plantCode, false).forEach(source -> setUp.put(source.code(), source));
        String group = plant.groupCode() == null ? null : organisation.groups().stream()
                .filter(candidate -> candidate.code().equals(plant.groupCode())).map(PlantGroup::name).findFirst().orElse(null);
        return new ReportData(chosen.basis(), plant, group, chosen.figures(), organisation.orgUnits(plantCode), setUp, period,
                withQuality ? quality(plantCode, year) : null, activity.production(plantCode, year),
                withBaseYear ? baseYear(plantCode, year, actor) : null,
                verification(chosen.basis()));
    }

    /** The statement that covers the report's version (same number and inputs hash), and the year's latest. */
    private ReportData.Verification verification(ReportBasis basis) {
        List<Statement> issued = statements.issued(basis.plant(), basis.year());
        if (issued.isEmpty()) {
            return ReportData.Verification.NONE;
        }
        Statement covering = issued.stream().filter(statement -> statement.inventoryVersion() == basis.version()
                && statement.inputsHash().equals(basis.inputsHash())).findFirst().orElse(null);
        return new ReportData.Verification(covering, covering == null ? null : statements.issuer(covering), issued.get(0));
    }

    private record Chosen(ReportBasis basis, Figures figures) {
    }

    /** The closing version of a closed period; else the current version (computed when the data changed), if the year has data. */
    private Optional<Chosen> choose(ReportingPeriod period, Actor actor) {
        String plant = period.plant();
        int year = period.year();
        List<InventoryVersion> versions = inventories.versions(plant, year);
        if (period.state() == PeriodState.CLOSED) {
            int version = closingVersion(period, versions);
            return Optional.of(new Chosen(basis(period, version, versions, true), Figures.parse(inventories.version(plant, year, version))));
        }
        if (!hasData(plant, year)) {
            if (versions.isEmpty()) {
                return Optional.empty();
            }
            int latest = versions.get(versions.size() - 1).version();
            return Optional.of(new Chosen(basis(period, latest, versions, false), Figures.parse(inventories.version(plant, year, latest))));
        }
        Figures figures = Figures.parse(inventories.current(plant, year, actor));
        int version = figures.version();
        return Optional.of(new Chosen(basis(period, version, inventories.versions(plant, year), false), figures));
    }

    private static int closingVersion(ReportingPeriod period, List<InventoryVersion> versions) {
        List<ReportingPeriod.Event> history = period.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            ReportingPeriod.Event event = history.get(i);
            if (event.to() == PeriodState.CLOSED && event.inventoryVersion() != null) {
                return event.inventoryVersion();
            }
        }
        if (versions.isEmpty()) {
            throw new NotFoundException("plant " + period.plant() + " has no inventory version for " + period.year());
        }
        return versions.get(versions.size() - 1).version();
    }

    private static ReportBasis basis(ReportingPeriod period, int version, List<InventoryVersion> versions, boolean locked) {
        InventoryVersion stored = versions.stream().filter(candidate -> candidate.version() == version).findFirst()
                .orElseThrow(() -> new NotFoundException("plant " + period.plant() + " has no inventory version " + version + " for "
                        + period.year()));
        return new ReportBasis(period.plant(), period.year(), period.state(), locked, version, stored.inputsHash(), stored.computedAt());
    }

    private boolean hasData(String plant, int year) {
        LocalDate from = LocalDate.of(year, 1, 1);
        return activity.list(plant, null, from, from.plusYears(1), "SUBMITTED", 0, 1).total() > 0;
    }

    private QualityReport quality(String plant, int year) {
        if (!hasData(plant, year)) {
            return null;
        }
        try {
            return quality.report(plant, year);
        } catch (RuntimeException e) {
            log.warn("event=report-quality-unavailable plant={} year={} error=\"{}\"", plant, year, e.getMessage());
            return null;
        }
    }

    private ReportData.BaseYear baseYear(String plant, int year, Actor actor) {
        return cycle.periods(plant).stream().filter(ReportingPeriod::baseYear).findFirst().map(base -> {
            Optional<Chosen> chosen = base.year() == year ? Optional.empty() : choose(base, actor);
            // the base period is among the readable ones, so the check's access to it holds
            return new ReportData.BaseYear(base.year(), base.significanceThresholdPct(), chosen.map(Chosen::basis).orElse(null),
                    chosen.map(Chosen::figures).orElse(null), baseYears.check(plant, actor));
        }).orElse(null);
    }
}
