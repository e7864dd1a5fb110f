package io.autoghg.platform.readings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Background work of the readings: every minute, the activity data of periods that have ended since
 * their readings came; every night, retention — raw month partitions (and replaced values) older than
 * autoghg.readings.raw-retention are dropped, rollups older than autoghg.readings.rollup-retention deleted.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ReadingsJobs {
    private static final Logger log = LoggerFactory.getLogger(ReadingsJobs.class);

    private final ReadingsService readings;
    private final Partitions partitions;
    private final ReadingsProperties properties;
    private final JdbcClient jdbc;

    ReadingsJobs(ReadingsService readings, Partitions partitions, ReadingsProperties properties, JdbcClient jdbc) {
        this.readings = readings;
        this.partitions = partitions;
        this.properties = properties;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT1M")
    void syncDueActivity() {
        try {
            readings.syncDue();
        } catch (RuntimeException e) {
            log.warn("event=metered-activity-sync-failed error=\"{}\"", e.getMessage(), e);
        }
    }

    @Scheduled(initialDelayString = "PT2M", fixedDelayString = "PT24H")
    void nightly() {
        retain(Instant.now());
    }

    /** Applies retention as of {@code now}; returns the raw months dropped. */
    List<java.time.YearMonth> retain(Instant now) {
        Instant rawCutoff = LocalDate.ofInstant(now, ZoneOffset.UTC).minus(properties.rawRetention()).atStartOfDay().toInstant(ZoneOffset.UTC);
        LocalDate rollupCutoff = LocalDate.ofInstant(now, ZoneOffset.UTC).minus(properties.rollupRetention());
        List<java.time.YearMonth> dropped = partitions.dropBefore(rawCutoff);
        int strays = jdbc.sql("delete from reading_default where ts < ?").param(rawCutoff.atOffset(ZoneOffset.UTC)).update();
        int replaced = jdbc.sql("delete from reading_correction where ts < ?").param(rawCutoff.atOffset(ZoneOffset.UTC)).update();
        int buckets = jdbc.sql("delete from reading_rollup_15m where bucket < ?").param(rollupCutoff.atStartOfDay().atOffset(ZoneOffset.UTC)).update();
        int days = jdbc.sql("delete from reading_rollup_day where day < ?").param(rollupCutoff).update();
        int months = jdbc.sql("delete from reading_rollup_month where month < ?").param(rollupCutoff.withDayOfMonth(1)).update();
        log.info("event=readings-retention rawBefore={} droppedMonths={} strayRows={} replacedValues={} rollupsBefore={} buckets={} days={} months={}",
                rawCutoff, dropped, strays, replaced, rollupCutoff, buckets, days, months);
        return dropped;
    }
}
