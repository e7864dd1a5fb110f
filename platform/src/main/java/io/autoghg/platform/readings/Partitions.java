package io.autoghg.platform.readings;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The month partitions of the raw readings (UTC months, named reading_YYYY_MM). A batch's months are
 * created before it is stored, each in a short transaction of its own; rows that landed in the default
 * partition meanwhile are moved into the new month. Retention drops whole months.
 */
@Component
class Partitions {
    private static final Logger log = LoggerFactory.getLogger(Partitions.class);
    private static final long LOCK = 0x7265_6164_7061_7274L; // "readpart"

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Set<YearMonth> known = ConcurrentHashMap.newKeySet();

    Partitions(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    static String name(YearMonth month) {
        return String.format("reading_%04d_%02d", month.getYear(), month.getMonthValue());
    }

    static YearMonth month(long micros) {
        return YearMonth.from(Instant.ofEpochSecond(Math.floorDiv(micros, Reading.MICROS_PER_SECOND)).atOffset(ZoneOffset.UTC));
    }

    /** Makes sure every month has its partition. */
    void ensure(Collection<YearMonth> months) {
        for (YearMonth month : months) {
            if (!known.contains(month)) {
                create(month);
            }
        }
    }

    private void create(YearMonth month) {
        transaction.executeWithoutResult(status -> {
            jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).list();
            String name = name(month);
            boolean exists = jdbc.sql("select to_regclass(?) is not null").param(name).query(Boolean.class).single();
            if (!exists) {
                String from = month.atDay(1) + " 00:00:00+00";
                String to = month.plusMonths(1).atDay(1) + " 00:00:00+00";
                boolean strays = jdbc.sql("select exists (select 1 from reading_default where ts >= cast(? as timestamptz) and ts < cast(? as timestamptz))")
                        .params(from, to).query(Boolean.class).single();
                if (strays) {
                    jdbc.sql("create table " + name + " (like reading including defaults including constraints)").update();
                    jdbc.sql("with moved as (delete from reading_default where ts >= cast(? as timestamptz) and ts < cast(? as timestamptz) returning *) "
                            + "insert into " + name + " select * from moved").params(from, to).update();
                    jdbc.sql("alter table reading attach partition " + name + " for values from ('" + from + "') to ('" + to + "')").update();
                } else {
                    jdbc.sql("create table " + name + " partition of reading for values from ('" + from + "') to ('" + to + "')").update();
                }
                log.info("event=reading-partition-created partition={} movedFromDefault={}", name, strays);
            }
        });
        known.add(month);
    }

    /** The month partitions that exist, oldest first. */
    List<YearMonth> months() {
        List<String> names = jdbc.sql("""
                select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                where i.inhparent = 'reading'::regclass and c.relname ~ '^reading_[0-9]{4}_[0-9]{2}$'""").query(String.class).list();
        Set<YearMonth> months = new TreeSet<>();
        for (String name : names) {
            months.add(YearMonth.of(Integer.parseInt(name.substring(8, 12)), Integer.parseInt(name.substring(13, 15))));
        }
        return new ArrayList<>(months);
    }

    /** Drops the month partitions that end on or before {@code cutoff}; returns the months dropped. */
    List<YearMonth> dropBefore(Instant cutoff) {
        List<YearMonth> dropped = new ArrayList<>();
        for (YearMonth month : months()) {
            if (!month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).isAfter(cutoff)) {
                transaction.executeWithoutResult(status -> {
                    jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK).query(Object.class).list();
                    jdbc.sql("drop table if exists " + name(month)).update();
                });
                known.remove(month);
                dropped.add(month);
            }
        }
        return dropped;
    }
}
