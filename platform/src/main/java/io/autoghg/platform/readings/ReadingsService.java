package io.autoghg.platform.readings;

import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ingest of meter readings, the same for HTTP, MQTT and files (docs/readings.md): check every
 * reading, store the good ones idempotently with their rollups in one transaction (committed before
 * the answer), then bring the METERED activity data of the periods that are over in step. Good
 * readings are kept and bad ones reported — unlike activity imports, which are all or nothing —
 * because readings are independent measurements: refusing a gateway's whole buffer for one bad
 * register would lose the good ones or block the gateway.
 */
@Service
public class ReadingsService {
    private static final Logger log = LoggerFactory.getLogger(ReadingsService.class);

    private final Access access;
    private final OrganisationService organisation;
    private final Meters meters;
    private final Partitions partitions;
    private final ReadingStore store;
    private final Rollups rollups;
    private final MeteredActivity activity;
    private final IngestStatus status;
    private final ReadingsProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReadingsService(Access access, OrganisationService organisation, Meters meters, Partitions partitions, ReadingStore store,
                    Rollups rollups, MeteredActivity activity, IngestStatus status, ReadingsProperties properties,
                    PlatformTransactionManager transactions) {
        this.access = access;
        this.organisation = organisation;
        this.meters = meters;
        this.partitions = partitions;
        this.store = store;
        this.rollups = rollups;
        this.activity = activity;
        this.status = status;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = Clock.systemUTC();
    }

    /**
     * Ingests a batch for the plant named by the request (query parameter or topic), by the body, or —
     * when neither names one — the one plant the caller may ingest into that has meters with the batch's
     * codes. A plant named by the request is checked before the body is read.
     */
    public IngestOutcome ingest(String plantCode, Supplier<ReadingPayload> body, String channel) {
        if (plantCode != null) {
            access.require(Permission.INGEST_READINGS, plantCode);
        } else {
            access.requireSomewhere(Permission.INGEST_READINGS);
        }
        long reading = System.nanoTime();
        ReadingPayload payload = body.get();
        long parseMillis = millis(reading, System.nanoTime());
        String named = plantCode != null ? plantCode : payload.plant();
        if (named != null) {
            access.require(Permission.INGEST_READINGS, named);
            if (plantCode != null && payload.plant() != null && !plantCode.equals(payload.plant())) {
                throw new BadRequestException("plant", "the request names plant " + plantCode + " but the body names " + payload.plant());
            }
            return ingestInto(organisation.plant(named), payload, channel, "", parseMillis);
        }
        Plant inferred = infer(payload);
        if (inferred == null) {
            List<Rejection> rejected = payload.readings().stream()
                    .map(r -> new Rejection(r.row(), r.meter(), "meter", "unknown meter '" + r.meter()
                            + "': no plant you may send readings to has it (name the plant: \"plant\" in the body or ?plant=)"))
                    .toList();
            return new IngestOutcome(null, payload.batch(), 0, 0, 0, rejected, IngestOutcome.Activity.none());
        }
        access.require(Permission.INGEST_READINGS, inferred.code());
        return ingestInto(inferred, payload, channel, " in plant " + inferred.code(), parseMillis);
    }

    /** The one plant the caller may ingest into whose meters include some of the batch's codes; several is a 400. */
    private Plant infer(ReadingPayload payload) {
        Set<String> codes = new TreeSet<>();
        payload.readings().forEach(r -> {
            if (r.meter() != null) {
                codes.add(r.meter());
            }
        });
        List<Plant> candidates = new ArrayList<>();
        for (Plant plant : organisation.plants(0, 1000).items()) {
            if (access.can(Permission.INGEST_READINGS, plant.code())
                    && organisation.meters(plant.code()).stream().anyMatch(m -> codes.contains(m.code()))) {
                candidates.add(plant);
            }
        }
        if (candidates.size() > 1) {
            throw new BadRequestException("plant", "meter codes of this batch exist in several plants ("
                    + String.join(", ", candidates.stream().map(Plant::code).toList()) + "); name the plant (\"plant\" in the body or ?plant=)");
        }
        return candidates.isEmpty() ? null : candidates.get(0);
    }

    private IngestOutcome ingestInto(Plant plant, ReadingPayload payload, String channel, String hint, long parseMillis) {
        if (payload.readings().size() > properties.maxRows()) {
            throw new BadRequestException("readings", payload.readings().size() + " readings in one batch; at most "
                    + properties.maxRows() + " (autoghg.readings.max-rows)");
        }
        long started = System.nanoTime();
        ZoneId zone = ZoneId.of(plant.timezone());
        Map<String, MeterInfo> plantMeters = meters.of(plant.code());
        Instant now = clock.instant();
        ReadingChecks.Checked checked = new ReadingChecks(plantMeters, zone, now.plus(properties.futureTolerance()))
                .check(payload.readings(), hint);
        String origin = payload.gateway() == null || payload.gateway().isBlank() ? channel : "gateway:" + gatewayName(payload.gateway());
        Set<YearMonth> months = new TreeSet<>();
        checked.accepted().forEach(r -> months.add(Partitions.month(r.micros())));
        partitions.ensure(months);
        Set<String> involved = new java.util.HashSet<>();
        checked.accepted().forEach(r -> involved.add(r.meter().code()));
        List<MeteredActivity.Key> groups = involved.isEmpty() ? List.of() : activity.groups(plant, plantMeters, involved);
        long checkedAt = System.nanoTime();
        Written written = write(plant, zone, plantMeters, groups, checked, origin);
        long committedAt = System.nanoTime();
        IngestOutcome.Activity derived = written.marked().isEmpty() ? IngestOutcome.Activity.none()
                : Access.asSystem(() -> derive(plant, plantMeters, zone, checked.accepted(), written.marked()));
        log.info("event=readings-ingested plant={} channel={} origin={} accepted={} new={} duplicates={} corrections={} rejected={} "
                        + "lock={} parseMillis={} checkMillis={} lockMillis={} storeMillis={} rollupMillis={} commitMillis={} millis={}", plant.code(), channel,
                origin, checked.accepted().size(), written.stored().inserted(), written.stored().duplicates(), written.stored().corrections(),
                checked.rejected().size(), written.lock(), parseMillis, millis(started, checkedAt), millis(written.started(), written.locked()),
                millis(written.locked(), written.stored_()), millis(written.stored_(), written.ended()), millis(written.ended(), committedAt),
                millis(started, System.nanoTime()));
        return new IngestOutcome(plant.code(), payload.batch(), checked.accepted().size(), written.stored().duplicates(),
                written.stored().corrections(), checked.rejected(), derived);
    }

    /** A gateway's name as recorded in the origin: letters, digits and . _ : - kept, anything else as _, at most 64 characters. */
    static String gatewayName(String name) {
        String cleaned = name.strip().replaceAll("[^A-Za-z0-9._:-]", "_");
        return cleaned.length() > 64 ? cleaned.substring(0, 64) : cleaned;
    }

    /** What the transaction wrote, and when (System.nanoTime) it started, held the lock, had stored the readings and ended. */
    private record Written(ReadingStore.Stored stored, List<MeteredActivity.Key> marked, String lock, long started, long locked, long stored_,
                           long ended) {
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /**
     * Stores a checked batch with its rollups and meter status in one transaction. A batch of new readings
     * of interval meters (the usual case) is written under the plant's shared lock, so that several such
     * batches — e.g. from several gateways — are written side by side: COPY, and their sums added to the
     * rollups (additions commute; rows are upserted in key order, so two writers do not deadlock). Anything
     * else — or such a batch that meets a key or a lock of a writer beside it — is written (again) under the
     * exclusive lock, where stored readings are compared and rollups recomputed from the raw rows.
     */
    private Written write(Plant plant, ZoneId zone, Map<String, MeterInfo> meters, List<MeteredActivity.Key> groups,
                          ReadingChecks.Checked checked, String origin) {
        if (checked.accepted().stream().noneMatch(reading -> reading.meter().cumulative())) {
            try {
                return transaction.execute(tx -> writeNew(plant, zone, meters, groups, checked, origin));
            } catch (ReadingStore.NotOnlyNew | org.springframework.dao.PessimisticLockingFailureException e) {
                log.debug("event=readings-written-again reason=\"{}\"", e.getMessage());
            }
        }
        return transaction.execute(tx -> writeAny(plant, zone, meters, groups, checked, origin));
    }

    private Written writeNew(Plant plant, ZoneId zone, Map<String, MeterInfo> meters, List<MeteredActivity.Key> groups,
                             ReadingChecks.Checked checked, String origin) {
        long started = System.nanoTime();
        store.lockShared(plant.id());
        long locked = System.nanoTime();
        ReadingStore.Stored stored = store.storeNew(checked.accepted(), origin);
        long storedAt = System.nanoTime();
        List<MeteredActivity.Key> marked = stored.changed().isEmpty() ? List.of()
                : activity.mark(plant, groups, rollups.add(stored.changed(), zone));
        status.record(checked, meters);
        return new Written(stored, marked, "shared", started, locked, storedAt, System.nanoTime());
    }

    private Written writeAny(Plant plant, ZoneId zone, Map<String, MeterInfo> meters, List<MeteredActivity.Key> groups,
                             ReadingChecks.Checked checked, String origin) {
        long started = System.nanoTime();
        store.lock(plant.id());
        long locked = System.nanoTime();
        ReadingStore.Stored stored = checked.accepted().isEmpty() ? new ReadingStore.Stored(List.of(), 0, 0, 0, false)
                : store.store(checked.accepted(), origin);
        long storedAt = System.nanoTime();
        List<MeteredActivity.Key> marked = List.of();
        if (!stored.changed().isEmpty()) {
            boolean additive = stored.allNew() && stored.changed().stream().noneMatch(reading -> reading.meter().cumulative());
            List<Rollups.Touched> touched = additive ? rollups.add(stored.changed(), zone) : rollups.recompute(changes(stored.changed()), zone);
            marked = activity.mark(plant, groups, touched);
        }
        status.record(checked, meters);
        return new Written(stored, marked, "exclusive", started, locked, storedAt, System.nanoTime());
    }

    /** Per meter, the earliest and latest instant among the changed readings. */
    private static java.util.Collection<Rollups.Change> changes(List<Reading> changed) {
        Map<Long, Rollups.Change> changes = new LinkedHashMap<>();
        for (Reading reading : changed) {
            changes.merge(reading.meter().id(), new Rollups.Change(reading.meter(), reading.micros(), reading.micros()),
                    (a, b) -> new Rollups.Change(a.meter(), Math.min(a.from(), b.from()), Math.max(a.to(), b.to())));
        }
        return changes.values();
    }

    private IngestOutcome.Activity derive(Plant plant, Map<String, MeterInfo> plantMeters, ZoneId zone, List<Reading> accepted,
                                          List<MeteredActivity.Key> marked) {
        LocalDate today = LocalDate.now(clock.withZone(zone));
        MeteredActivity.Outcome outcome = activity.sync(plant, plantMeters, today);
        int pending = activity.pending(marked);
        List<IngestOutcome.Refusal> refusals = new ArrayList<>();
        if (!outcome.refused().isEmpty()) {
            Map<Reading, LocalDate> days = new HashMap<>();
            for (Reading reading : accepted) {
                days.put(reading, reading.instant().atZone(zone).toLocalDate());
            }
            for (Reading reading : accepted) {
                outcome.refused().forEach((key, reason) -> {
                    if (key.covers(reading.meter(), days.get(reading))) {
                        refusals.add(new IngestOutcome.Refusal(reading.row(), reading.meter().code(), key.source().code(), key.period(), reason));
                    }
                });
            }
        }
        return new IngestOutcome.Activity(outcome.written(), outcome.corrected(), outcome.unchanged(), pending, refusals);
    }

    /**
     * Recomputes a meter's rollups over [from, to] (microseconds) and the activity data they feed, e.g.
     * after its register kind changed or a replacement was recorded. Runs as the system: the caller has
     * passed its own access check.
     */
    IngestOutcome.Activity rebuild(Plant plant, MeterInfo meter, long from, long to) {
        ZoneId zone = ZoneId.of(plant.timezone());
        Map<String, MeterInfo> plantMeters = meters.of(plant.code());
        MeterInfo current = plantMeters.get(meter.code());
        List<MeteredActivity.Key> groups = activity.groups(plant, plantMeters, Set.of(meter.code()));
        List<MeteredActivity.Key> marked = transaction.execute(tx -> {
            store.lock(plant.id());
            rollups.clear(current, from, to, zone);
            List<Rollups.Touched> touched = rollups.recompute(List.of(new Rollups.Change(current, from, to)), zone);
            return activity.mark(plant, groups, touched);
        });
        return Access.asSystem(() -> derive(plant, plantMeters, zone, List.of(), marked));
    }

    /** Writes the due activity data of every plant with pending periods (the scheduler calls this). */
    public void syncDue() {
        Access.asSystem(() -> {
            for (Plant plant : organisation.plants(0, 1000).items()) {
                if (activity.hasDue(plant)) {
                    activity.sync(plant, meters.of(plant.code()), LocalDate.now(clock.withZone(ZoneId.of(plant.timezone()))));
                }
            }
        });
    }
}
