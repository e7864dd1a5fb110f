package io.autoghg.platform.demo;

import io.autoghg.platform.activity.AccountingInputs;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.demo.DemoData.MeterCalibration;
import io.autoghg.platform.organisation.OrganisationRequests.NewEquipment;
import io.autoghg.platform.organisation.OrganisationRequests.NewMeter;
import io.autoghg.platform.readings.MeterRegisters;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.quality.QualityService;
import io.autoghg.platform.quality.SettingRequest;
import io.autoghg.platform.source.SourceRequests.NewSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.AutoghgProperties;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seeds the demo plant "DEMO" at start-up when autoghg.demo is true (autoghg serve --demo) and the
 * database has no plant yet: organisation, equipment, meters with calibrations, a source of every
 * catalogue type, data-quality settings and generated activity data from January 1 of the last full
 * year up to yesterday (plant time), with a few realistic data problems for the quality scorecard,
 * all in one transaction. The data come from {@link DemoData} with a fixed random
 * seed, so every run produces the same plant; the rows pass the accounting engine's checks before
 * they are stored. A failure is logged and rolled back; the service starts without the demo plant.
 */
@Component
public class DemoPlant implements ApplicationRunner {
    /** Code of the demo plant. */
    public static final String PLANT = DemoData.PLANT;
    /** Who the seeded rows are entered by. */
    public static final Actor SEEDER = new Actor("demo-seeder");

    private static final Logger log = LoggerFactory.getLogger(DemoPlant.class);
    private static final int BATCH = 5_000;

    private final AutoghgProperties properties;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final ActivityService activity;
    private final AccountingInputs inputs;
    private final QualityService quality;
    private final EvidenceService evidence;
    private final MeterRegisters registers;
    private final TransactionTemplate transaction;

    DemoPlant(AutoghgProperties properties, OrganisationService organisation, SourceService sources, ActivityService activity,
              AccountingInputs inputs, QualityService quality, EvidenceService evidence, MeterRegisters registers,
              PlatformTransactionManager transactions) {
        this.quality = quality;
        this.registers = registers;
        this.evidence = evidence;
        this.properties = properties;
        this.organisation = organisation;
        this.sources = sources;
        this.activity = activity;
        this.inputs = inputs;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demo()) {
            return;
        }
        if (organisation.anyPlant()) {
            log.info("event=demo-skipped plant={} reason=database-has-plants", PLANT);
            return;
        }
        try {
            seed(LocalDate.now(ZoneId.of(DemoData.TIMEZONE)));
        } catch (RuntimeException e) {
            log.error("event=demo-seed-failed plant={} error=\"{}\"", PLANT, e.getMessage(), e);
        }
    }

    /** What seeding stored. */
    record Seeded(int sources, int rows, int vehicles, LocalDate from, LocalDate to) {
    }

    /** Seeds the demo plant as seen on {@code today} (plant-local date) in one transaction. */
    Seeded seed(LocalDate today) {
        long started = System.nanoTime();
        DemoData data = new DemoData(today);
        Seeded seeded = transaction.execute(status -> write(data));
        log.info("event=demo-seeded plant={} sources={} rows={} vehicles={} from={} to={} seconds={}", PLANT, seeded.sources(),
                seeded.rows(), seeded.vehicles(), seeded.from(), seeded.to(),
                String.format("%.2f", (System.nanoTime() - started) / 1e9));
        return seeded;
    }

    private Seeded write(DemoData data) {
        organisation.createGroup(data.group());
        organisation.createPlant(data.plant());
        for (NewOrgUnit unit : data.orgUnits()) {
            organisation.createOrgUnit(PLANT, unit);
        }
        for (NewEquipment equipment : data.equipment()) {
            organisation.createEquipment(PLANT, equipment);
        }
        for (NewMeter meter : data.meters()) {
            organisation.createMeter(PLANT, meter);
        }
        for (String meter : DemoData.REGISTER_METERS) {
            registers.setRegister(PLANT, meter, new MeterRegisters.RegisterRequest("CUMULATIVE", null), SEEDER);
        }
        for (MeterCalibration record : data.calibrations()) {
            organisation.recordCalibration(PLANT, record.meter(), record.calibration());
        }
        List<NewSource> plans = data.sources();
        for (NewSource source : plans) {
            sources.create(PLANT, source);
        }
        for (SettingRequest setting : data.qualitySettings()) {
            quality.saveSetting(PLANT, setting, SEEDER);
        }
        List<NewRow> rows = data.rows();
        inputs.check(PLANT, rows.stream().map(NewRow::row).toList(), List.of());
        List<Long> ids = new java.util.ArrayList<>();
        for (int from = 0; from < rows.size(); from += BATCH) {
            ids.addAll(activity.insert(PLANT, rows.subList(from, Math.min(rows.size(), from + BATCH)), SEEDER, "SUBMITTED"));
        }
        int documents = new DemoEvidence(evidence).attach(PLANT, rows, ids, SEEDER);
        log.info("event=demo-evidence plant={} documents={}", PLANT, documents);
        int vehicles = 0;
        for (Map.Entry<YearMonth, Integer> month : data.production().entrySet()) {
            activity.setProduction(PLANT, month.getKey(), month.getValue());
            vehicles += month.getValue();
        }
        return new Seeded(plans.size(), rows.size(), vehicles, data.firstDay(), data.today().minusDays(1));
    }
}
