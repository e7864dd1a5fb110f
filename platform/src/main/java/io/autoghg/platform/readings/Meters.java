package io.autoghg.platform.readings;

import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationService;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plant's meters as ingest sees them: the organisation's meters with their register settings. */
@Component
class Meters {
    private final OrganisationService organisation;
    private final JdbcClient jdbc;

    Meters(OrganisationService organisation, JdbcClient jdbc) {
        this.organisation = organisation;
        this.jdbc = jdbc;
    }

    /** Meter code → meter, in code order. */
    Map<String, MeterInfo> of(String plantCode) {
        java.util.List<Meter> plantMeters = organisation.meters(plantCode);
        Map<Long, Object[]> registers = new HashMap<>();
        jdbc.sql("select meter_id, kind, rollover from meter_register where meter_id = any(?)")
                .param(plantMeters.stream().mapToLong(Meter::id).toArray())
                .query((rs, n) -> registers.put(rs.getLong(1), new Object[] {rs.getString(2), (Double) rs.getObject(3)})).list();
        Map<String, MeterInfo> meters = new LinkedHashMap<>();
        for (Meter meter : plantMeters) {
            Object[] register = registers.get(meter.id());
            boolean cumulative = register != null && "CUMULATIVE".equals(register[0]);
            meters.put(meter.code(), new MeterInfo(meter.id(), meter.code(), Units.parse(meter.unit()), meter.orgUnit(), cumulative,
                    register == null ? null : (Double) register[1]));
        }
        return meters;
    }
}
