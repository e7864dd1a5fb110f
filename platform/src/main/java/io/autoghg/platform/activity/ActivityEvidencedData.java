package io.autoghg.platform.activity;

import io.autoghg.platform.evidence.EvidencedData;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gives the evidence module the current data its records back, for comparing amounts. */
@Component
class ActivityEvidencedData implements EvidencedData {
    private final JdbcClient jdbc;

    ActivityEvidencedData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Datum> current(Collection<Long> datumIds) {
        if (datumIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, period_start, period_end, quantity, unit from activity_datum
                        where status = 'SUBMITTED' and id = any(?) order by id""")
                .param(datumIds.toArray(Long[]::new))
                .query((rs, n) -> new Datum(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                        rs.getBigDecimal(4), rs.getString(5)))
                .list();
    }
}
