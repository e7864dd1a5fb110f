package io.autoghg.platform.verification;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.Page;
import io.autoghg.platform.verification.Sample.EvidenceFile;
import io.autoghg.platform.verification.Sample.SampledDatum;
import io.autoghg.platform.verification.VerificationRequests.NewSample;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Random samples of a year's submitted data for the verifier's tests of detail. The draw is
 * reproducible: the submitted data of the year ordered by id, then a partial Fisher–Yates shuffle
 * driven by {@code new SplittableRandom(seed)}; the seed is stored with the sample.
 */
@Service
public class Samples {
    public static final int MAX_SIZE = 1000;
    private static final Logger log = LoggerFactory.getLogger(Samples.class);

    private final JdbcClient jdbc;
    private final Access access;
    private final VerificationPeriods periods;
    private final ActivityService activity;
    private final EvidenceService evidence;
    private final SecureRandom seeds = new SecureRandom();

    Samples(JdbcClient jdbc, Access access, VerificationPeriods periods, ActivityService activity, EvidenceService evidence) {
        this.jdbc = jdbc;
        this.access = access;
        this.periods = periods;
        this.activity = activity;
        this.evidence = evidence;
    }

    /** Draws {@code size} distinct submitted data of the year; without a seed, a random one (below 2^53, exact in JSON) is chosen. */
    @Transactional
    public Sample draw(String plant, int year, NewSample request, Actor actor) {
        access.require(Permission.VERIFY, plant, year);
        Integer size = request.size();
        if (size == null || size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size", "size must be between 1 and " + MAX_SIZE);
        }
        long seed = request.seed() != null ? request.seed() : seeds.nextLong() >>> 11;
        long plantId = periods.plantId(plant, year);
        periods.requireNotClosed(plant, year);
        List<Long> population = submitted(plant, year);
        if (population.isEmpty()) {
            throw new ConflictException("plant " + plant + " has no submitted data for " + year + " to sample");
        }
        if (size > population.size()) {
            throw new BadRequestException("size", "size " + size + " is more than the " + population.size() + " submitted data of " + year);
        }
        List<Long> drawn = draw(population, size, seed);
        long id = jdbc.sql("""
                        insert into verification_sample (plant_id, year, seed, size, population, datum_ids, drawn_by, drawn_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plantId, year, seed, size, population.size(), drawn.toArray(Long[]::new), actor.name(), Timestamp.from(now()))
                .query(Long.class).single();
        log.info("event=sample-drawn plant={} year={} sample={} size={} population={} seed={}", plant, year, id, size, population.size(),
                seed);
        return samples(plantId, plant, year, id).get(0);
    }

    /** The year's samples, newest first, each datum with its evidence. */
    public List<Sample> samples(String plant, int year) {
        access.require(Permission.READ, plant, year);
        return samples(periods.plantId(plant, year), plant, year, null);
    }

    /** The first {@code size} ids of a partial Fisher–Yates shuffle of the ids in ascending order, in the order drawn. */
    static List<Long> draw(List<Long> population, int size, long seed) {
        long[] ids = population.stream().mapToLong(Long::longValue).sorted().toArray();
        SplittableRandom random = new SplittableRandom(seed);
        List<Long> drawn = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            int j = i + random.nextInt(ids.length - i);
            long chosen = ids[j];
            ids[j] = ids[i];
            ids[i] = chosen;
            drawn.add(chosen);
        }
        return drawn;
    }

    /** The ids of the plant's SUBMITTED data whose period starts in the year. */
    private List<Long> submitted(String plant, int year) {
        List<Long> ids = new ArrayList<>();
        LocalDate from = LocalDate.of(year, 1, 1);
        for (int page = 0; ; page++) {
            Page<ActivityDatum> data = activity.list(plant, null, from, from.plusYears(1), "SUBMITTED", page, 1000);
            data.items().stream().filter(d -> d.start().getYear() == year).forEach(d -> ids.add(d.id()));
            if ((long) (page + 1) * 1000 >= data.total()) {
                return ids;
            }
        }
    }

    private List<Sample> samples(long plantId, String plant, int year, Long only) {
        record Row(long id, long seed, int size, int population, List<Long> ids, String drawnBy, Instant drawnAt) {
        }
        List<Row> rows = jdbc.sql("""
                        select id, seed, size, population, datum_ids, drawn_by, drawn_at from verification_sample
                        where plant_id = ? and year = ? and (cast(? as bigint) is null or id = ?) order by id desc""")
                .params(plantId, year, only, only)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(4), Findings.ids(rs.getArray(5)),
                        rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
        List<Long> all = rows.stream().flatMap(row -> row.ids().stream()).distinct().toList();
        Map<Long, ActivityDatum> data = activity.data(plant, all).stream().collect(Collectors.toMap(ActivityDatum::id, Function.identity()));
        Map<Long, List<Evidence>> files = evidence.linked(plant, all);
        return rows.stream().map(row -> new Sample(row.id(), plant, year, row.seed(), row.size(), row.population(), row.drawnBy(),
                row.drawnAt(), row.ids().stream().map(id -> new SampledDatum(data.get(id), files.getOrDefault(id, List.of()).stream()
                        .map(e -> file(plant, e)).toList())).toList())).toList();
    }

    private static EvidenceFile file(String plant, Evidence evidence) {
        return new EvidenceFile(evidence.id(), evidence.type().name(), evidence.fileName(), evidence.sha256(),
                "/api/v1/plants/" + URLEncoder.encode(plant, StandardCharsets.UTF_8) + "/evidence/" + evidence.id() + "/content");
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
}
