package io.autoghg.platform.source;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.method.ParameterNames;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.SourceRequests.NewSource;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Emission sources created from the catalogue, with parameter overrides, meters and screening estimates. */
@Service
public class SourceService {

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;

    private final Access access;

    SourceService(JdbcClient jdbc, OrganisationService organisation, ApplicationEventPublisher events, Access access) {
        this.access = access;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.events = events;
    }

    private record SourceRow(long id, String code, String type, String name, String orgUnit, String collectionMethod,
                             String frequency, BigDecimal screeningEstimateTco2e) {
    }

    @Transactional
    public EmissionSource create(String plantCode, NewSource request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        Plant plant = organisation.plant(plantCode);
        SourceType type = type(request.type());
        if (find(plant.id(), request.code()).isPresent()) {
            throw new ConflictException("source '" + request.code() + "' exists already in plant " + plantCode);
        }
        Long unitId = organisation.orgUnitId(plantCode, request.orgUnit(), "orgUnit");
        Map<String, String> parameters = checkedParameters(request.parameters());
        long id = jdbc.sql("""
                insert into emission_source (plant_id, org_unit_id, code, type, name, collection_method, frequency,
                                             screening_estimate_tco2e)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(plant.id(), unitId, request.code(), type.code(), request.name() == null ? type.nameEn() : request.name(),
                        request.collectionMethod() == null ? type.defaultCollectionMethod().name() : request.collectionMethod(),
                        request.frequency() == null ? type.frequency().name() : request.frequency(),
                        request.screeningEstimateTco2e())
                .query(Long.class).single();
        writeParameters(id, parameters);
        linkMeters(plantCode, id, request.meters());
        return source(plantCode, request.code());
    }

    /** Creates the source or brings an existing one in line with the request (plant-file imports). */
    @Transactional
    public EmissionSource upsert(String plantCode, NewSource request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        Plant plant = organisation.plant(plantCode);
        Optional<SourceRow> existing = find(plant.id(), request.code());
        if (existing.isEmpty()) {
            return create(plantCode, request);
        }
        SourceType type = type(request.type());
        if (!existing.get().type().equals(type.code())) {
            throw new BadRequestException("type", "source " + request.code() + " is a " + existing.get().type()
                    + "; its type cannot change to " + type.code() + " (create a new source instead)");
        }
        Long unitId = organisation.orgUnitId(plantCode, request.orgUnit(), "orgUnit");
        jdbc.sql("update emission_source set name = ?, org_unit_id = ?, collection_method = ? where id = ?")
                .params(request.name() == null ? type.nameEn() : request.name(), unitId,
                        request.collectionMethod() == null ? existing.get().collectionMethod() : request.collectionMethod(),
                        existing.get().id())
                .update();
        Map<String, String> parameters = checkedParameters(request.parameters());
        if (!parameters.equals(source(plantCode, request.code()).parameters())) {
            jdbc.sql("delete from source_parameter where source_id = ?").param(existing.get().id()).update();
            writeParameters(existing.get().id(), parameters);
            events.publishEvent(new SourceParametersChanged(plantCode, request.code()));
        }
        return source(plantCode, request.code());
    }

    @Transactional
    public EmissionSource setParameters(String plantCode, String sourceCode, Map<String, String> parameters) {
        access.require(Permission.MANAGE_PARAMETERS, plantCode);
        EmissionSource source = source(plantCode, sourceCode);
        Map<String, String> checked = checkedParameters(parameters);
        jdbc.sql("delete from source_parameter where source_id = ?").param(source.id()).update();
        writeParameters(source.id(), checked);
        events.publishEvent(new SourceParametersChanged(plantCode, sourceCode));
        return source(plantCode, sourceCode);
    }

    @Transactional
    public void setScreeningEstimate(String plantCode, String sourceCode, BigDecimal tco2e) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        EmissionSource source = source(plantCode, sourceCode);
        jdbc.sql("update emission_source set screening_estimate_tco2e = ? where id = ?").params(tco2e, source.id()).update();
    }

    private static SourceType type(String code) {
        return SourceType.find(code).orElseThrow(() -> new BadRequestException("type", "unknown source type '" + code
                + "'; the catalogue has " + Arrays.stream(SourceType.values()).map(SourceType::code).collect(Collectors.joining(", "))));
    }

    private static Map<String, String> checkedParameters(Map<String, String> parameters) {
        Map<String, String> checked = new LinkedHashMap<>();
        if (parameters == null) {
            return checked;
        }
        parameters.forEach((name, text) -> {
            try {
                ParameterNames.check(name, text);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("parameters." + name, e.getMessage());
            }
            checked.put(name, text.strip());
        });
        return checked;
    }

    private void writeParameters(long sourceId, Map<String, String> parameters) {
        parameters.forEach((name, text) -> jdbc.sql("insert into source_parameter (source_id, name, value_text) values (?, ?, ?)")
                .params(sourceId, name, text).update());
    }

    private void linkMeters(String plantCode, long sourceId, List<String> meters) {
        if (meters == null) {
            return;
        }
        for (String meterCode : meters) {
            long meterId = organisation.meters(plantCode).stream().filter(m -> m.code().equals(meterCode)).findFirst()
                    .orElseThrow(() -> new BadRequestException("meters", "plant " + plantCode + " has no meter '" + meterCode + "'"))
                    .id();
            jdbc.sql("insert into source_meter (source_id, meter_id) values (?, ?) on conflict do nothing")
                    .params(sourceId, meterId).update();
        }
    }

    /** Sources of a plant; ranked by screening estimate (largest first) when {@code ranked}, else by code. */
    public List<EmissionSource> sources(String plantCode, boolean ranked) {
        Plant plant = organisation.plant(plantCode);
        List<SourceRow> rows = jdbc.sql(selectSources() + " where s.plant_id = ? order by "
                        + (ranked ? "s.screening_estimate_tco2e desc nulls last, s.code" : "s.code"))
                .param(plant.id()).query(SourceRow.class).list();
        Map<Long, Map<String, String>> parameters = new HashMap<>();
        jdbc.sql("select p.source_id, p.name, p.value_text from source_parameter p join emission_source s on s.id = p.source_id "
                        + "where s.plant_id = ? order by p.name")
                .param(plant.id()).query((rs, n) -> {
                    parameters.computeIfAbsent(rs.getLong(1), id -> new LinkedHashMap<>()).put(rs.getString(2), rs.getString(3));
                    return null;
                }).list();
        Map<Long, List<String>> meters = new HashMap<>();
        jdbc.sql("select sm.source_id, m.code from source_meter sm join meter m on m.id = sm.meter_id where m.plant_id = ? order by m.code")
                .param(plant.id()).query((rs, n) -> {
                    meters.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>()).add(rs.getString(2));
                    return null;
                }).list();
        return rows.stream().map(row -> new EmissionSource(row.id(), row.code(), row.type(), row.name(), row.orgUnit(),
                row.collectionMethod(), row.frequency(), row.screeningEstimateTco2e(),
                parameters.getOrDefault(row.id(), Map.of()), meters.getOrDefault(row.id(), List.of()))).toList();
    }

    public EmissionSource source(String plantCode, String sourceCode) {
        return sources(plantCode, false).stream().filter(s -> s.code().equals(sourceCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no source '" + sourceCode + "'"));
    }

    private Optional<SourceRow> find(long plantId, String code) {
        return jdbc.sql(selectSources() + " where s.plant_id = ? and s.code = ?").params(plantId, code).query(SourceRow.class).optional();
    }

    private static String selectSources() {
        return """
                select s.id, s.code, s.type, s.name, u.code as org_unit, s.collection_method, s.frequency, s.screening_estimate_tco2e
                from emission_source s left join org_unit u on u.id = s.org_unit_id""";
    }
}
