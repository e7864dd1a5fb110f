package io.autoghg.platform.organisation;

import io.autoghg.accounting.unit.UnitException;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.OrganisationRequests.NewCalibration;
import io.autoghg.platform.organisation.OrganisationRequests.NewEquipment;
import io.autoghg.platform.organisation.OrganisationRequests.NewGroup;
import io.autoghg.platform.organisation.OrganisationRequests.NewMeter;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationRequests.NewPlant;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.support.Page;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation and boundary: groups, plants, organisational units, equipment, meters and calibrations. */
@Service
public class OrganisationService {
    private static final String PLANT_SELECT = """
            select p.id, p.code, p.name, g.code as group_code, p.timezone, p.gwp, p.boundary_approach, p.equity_share_pct
            from plant p left join plant_group g on g.id = p.group_id""";
    private static final String METER_SELECT = """
            select m.id, m.code, m.measures, m.unit, m.serial_number, m.accuracy_class, u.code as org_unit, e.code as equipment,
                   (select c.due_on from calibration c where c.meter_id = m.id order by c.calibrated_on desc, c.id desc limit 1) as calibration_due_on
            from meter m left join org_unit u on u.id = m.org_unit_id left join equipment e on e.id = m.equipment_id""";

    private final JdbcClient jdbc;

    private final Access access;

    OrganisationService(JdbcClient jdbc, Access access) {
        this.jdbc = jdbc;
        this.access = access;
    }

    @Transactional
    public PlantGroup createGroup(NewGroup request) {
        access.requireEverywhere(Permission.MANAGE_SETUP);
        if (jdbc.sql("select count(*) from plant_group where code = ?").param(request.code()).query(Long.class).single() > 0) {
            throw new ConflictException("group '" + request.code() + "' exists already");
        }
        long id = jdbc.sql("insert into plant_group (code, name) values (?, ?) returning id")
                .params(request.code(), request.name()).query(Long.class).single();
        return new PlantGroup(id, request.code(), request.name());
    }

    public List<PlantGroup> groups() {
        Access.Visibility visible = access.visibility();
        return jdbc.sql("""
                        select g.id, g.code, g.name from plant_group g where ? or g.code = any(?)
                        or exists (select 1 from plant p where p.group_id = g.id and p.code = any(?)) order by g.code""")
                .params(visible.all(), visible.groups().toArray(String[]::new), visible.plants().toArray(String[]::new))
                .query(PlantGroup.class).list();
    }

    @Transactional
    public Plant createPlant(NewPlant request) {
        if (request.group() == null) {
            access.requireEverywhere(Permission.MANAGE_SETUP);
        } else {
            access.requireInGroup(Permission.MANAGE_SETUP, request.group());
        }
        if (findPlant(request.code()).isPresent()) {
            throw new ConflictException("plant '" + request.code() + "' exists already");
        }
        String timezone = request.timezone() == null ? "Asia/Shanghai" : request.timezone();
        checkZone(timezone);
        String approach = request.boundaryApproach() == null ? "OPERATIONAL_CONTROL" : request.boundaryApproach();
        checkEquityShare(approach, request.equitySharePct());
        Long groupId = request.group() == null ? null : groupId(request.group());
        jdbc.sql("""
                insert into plant (group_id, code, name, timezone, gwp, boundary_approach, equity_share_pct)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(groupId, request.code(), request.name(), timezone, request.gwp() == null ? "AR5" : request.gwp(),
                        approach, request.equitySharePct())
                .update();
        return plant(request.code());
    }

    /** Updates name, time zone and GWP set of an existing plant (used by plant-file imports). */
    @Transactional
    public Plant updatePlant(String code, String name, String timezone, String gwp) {
        access.require(Permission.MANAGE_SETUP, code);
        checkZone(timezone);
        jdbc.sql("update plant set name = ?, timezone = ?, gwp = ? where code = ?").params(name, timezone, gwp, code).update();
        return plant(code);
    }

    @Transactional
    public Plant setBoundary(String plantCode, String approach, java.math.BigDecimal equitySharePct) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        plant(plantCode);
        checkEquityShare(approach, equitySharePct);
        jdbc.sql("update plant set boundary_approach = ?, equity_share_pct = ? where code = ?")
                .params(approach, equitySharePct, plantCode).update();
        return plant(plantCode);
    }

    private static void checkEquityShare(String approach, java.math.BigDecimal share) {
        if ("EQUITY_SHARE".equals(approach) && share == null) {
            throw new BadRequestException("equitySharePct", "the equity-share approach needs the plant's equity share in percent");
        }
        if (!"EQUITY_SHARE".equals(approach) && share != null) {
            throw new BadRequestException("equitySharePct", "an equity share only applies to the EQUITY_SHARE approach");
        }
    }

    private static void checkZone(String timezone) {
        try {
            ZoneId.of(timezone);
        } catch (DateTimeException e) {
            throw new BadRequestException("timezone", "'" + timezone + "' is not a time zone (e.g. Asia/Shanghai)");
        }
    }

    private long groupId(String code) {
        return jdbc.sql("select id from plant_group where code = ?").param(code).query(Long.class).optional()
                .orElseThrow(() -> new BadRequestException("group", "unknown group '" + code + "'"));
    }

    public Optional<Plant> findPlant(String code) {
        return jdbc.sql(PLANT_SELECT + " where p.code = ?").param(code).query(Plant.class).optional();
    }

    /** The plant, when the caller may read it (every service that touches a plant's data passes here). */
    public Plant plant(String code) {
        access.require(Permission.READ, code); // first, so that an unknown code is refused like another plant's, not a 404
        return findPlant(code).orElseThrow(() -> new NotFoundException("no plant '" + code + "'"));
    }

    /** The plants the caller may see. */
    public Page<Plant> plants(int page, int size) {
        Access.Visibility visible = access.visibility();
        String where = " where ? or p.code = any(?) or p.group_id in (select id from plant_group where code = any(?))";
        Object[] params = {visible.all(), visible.plants().toArray(String[]::new), visible.groups().toArray(String[]::new)};
        List<Object> pageParams = new java.util.ArrayList<>(List.of(params));
        pageParams.add(Page.clamp(size));
        pageParams.add(Page.offset(page, size));
        List<Plant> items = jdbc.sql(PLANT_SELECT + where + " order by p.code limit ? offset ?").params(pageParams).query(Plant.class).list();
        return new Page<>(items, page, Page.clamp(size), jdbc.sql("select count(*) from plant p" + where).params(params).query(Long.class).single());
    }

    public boolean anyPlant() {
        return jdbc.sql("select exists (select 1 from plant)").query(Boolean.class).single();
    }

    @Transactional
    public OrgUnit createOrgUnit(String plantCode, NewOrgUnit request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        long plantId = plant(plantCode).id();
        if (findOrgUnit(plantId, request.code()).isPresent()) {
            throw new ConflictException("organisational unit '" + request.code() + "' exists already in plant " + plantCode);
        }
        jdbc.sql("insert into org_unit (plant_id, code, name, name_zh, kind) values (?, ?, ?, ?, ?)")
                .params(plantId, request.code(), request.name(), request.nameZh(), request.kind()).update();
        return findOrgUnit(plantId, request.code()).orElseThrow();
    }

    /** Creates the unit or updates its names (plant-file imports). */
    @Transactional
    public OrgUnit upsertOrgUnit(String plantCode, NewOrgUnit request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        long plantId = plant(plantCode).id();
        if (findOrgUnit(plantId, request.code()).isPresent()) {
            jdbc.sql("update org_unit set name = ?, name_zh = ? where plant_id = ? and code = ?")
                    .params(request.name(), request.nameZh(), plantId, request.code()).update();
            return findOrgUnit(plantId, request.code()).orElseThrow();
        }
        return createOrgUnit(plantCode, request);
    }

    public List<OrgUnit> orgUnits(String plantCode) {
        return jdbc.sql("select id, code, name, name_zh, kind from org_unit where plant_id = ? order by code")
                .param(plant(plantCode).id()).query(OrgUnit.class).list();
    }

    private Optional<OrgUnit> findOrgUnit(long plantId, String code) {
        return jdbc.sql("select id, code, name, name_zh, kind from org_unit where plant_id = ? and code = ?")
                .params(plantId, code).query(OrgUnit.class).optional();
    }

    /** The id of an organisational unit, or a 400 naming the field when the plant has no such unit. */
    public Long orgUnitId(String plantCode, String unitCode, String field) {
        if (unitCode == null || unitCode.isBlank()) {
            return null;
        }
        return findOrgUnit(plant(plantCode).id(), unitCode).map(OrgUnit::id)
                .orElseThrow(() -> new BadRequestException(field, "plant " + plantCode + " has no organisational unit '" + unitCode + "'"));
    }

    @Transactional
    public Equipment createEquipment(String plantCode, NewEquipment request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        long plantId = plant(plantCode).id();
        Long unitId = orgUnitId(plantCode, request.orgUnit(), "orgUnit");
        if (jdbc.sql("select count(*) from equipment where plant_id = ? and code = ?").params(plantId, request.code())
                .query(Long.class).single() > 0) {
            throw new ConflictException("equipment '" + request.code() + "' exists already in plant " + plantCode);
        }
        jdbc.sql("insert into equipment (plant_id, org_unit_id, code, name, kind) values (?, ?, ?, ?, ?)")
                .params(plantId, unitId, request.code(), request.name(), request.kind()).update();
        return equipment(plantCode).stream().filter(e -> e.code().equals(request.code())).findFirst().orElseThrow();
    }

    public List<Equipment> equipment(String plantCode) {
        return jdbc.sql("""
                select e.id, e.code, e.name, e.kind, u.code as org_unit from equipment e
                left join org_unit u on u.id = e.org_unit_id where e.plant_id = ? order by e.code""")
                .param(plant(plantCode).id()).query(Equipment.class).list();
    }

    @Transactional
    public Meter createMeter(String plantCode, NewMeter request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        long plantId = plant(plantCode).id();
        try {
            Units.parse(request.unit());
        } catch (UnitException e) {
            throw new BadRequestException("unit", e.getMessage());
        }
        Long unitId = orgUnitId(plantCode, request.orgUnit(), "orgUnit");
        Long equipmentId = request.equipment() == null ? null
                : jdbc.sql("select id from equipment where plant_id = ? and code = ?").params(plantId, request.equipment())
                .query(Long.class).optional()
                .orElseThrow(() -> new BadRequestException("equipment", "plant " + plantCode + " has no equipment '" + request.equipment() + "'"));
        if (findMeter(plantId, request.code()).isPresent()) {
            throw new ConflictException("meter '" + request.code() + "' exists already in plant " + plantCode);
        }
        jdbc.sql("""
                insert into meter (plant_id, org_unit_id, equipment_id, code, measures, unit, serial_number, accuracy_class)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(plantId, unitId, equipmentId, request.code(), request.measures(), request.unit(), request.serialNumber(),
                        request.accuracyClass()).update();
        return findMeter(plantId, request.code()).orElseThrow();
    }

    public List<Meter> meters(String plantCode) {
        return jdbc.sql(METER_SELECT + " where m.plant_id = ? order by m.code").param(plant(plantCode).id()).query(Meter.class).list();
    }

    public Meter meter(String plantCode, String meterCode) {
        return findMeter(plant(plantCode).id(), meterCode)
                .orElseThrow(() -> new NotFoundException("plant " + plantCode + " has no meter '" + meterCode + "'"));
    }

    private Optional<Meter> findMeter(long plantId, String code) {
        return jdbc.sql(METER_SELECT + " where m.plant_id = ? and m.code = ?").params(plantId, code).query(Meter.class).optional();
    }

    @Transactional
    public Calibration recordCalibration(String plantCode, String meterCode, NewCalibration request) {
        access.require(Permission.MANAGE_SETUP, plantCode);
        Meter meter = meter(plantCode, meterCode);
        if (!request.dueOn().isAfter(request.calibratedOn())) {
            throw new BadRequestException("dueOn", "due date " + request.dueOn() + " must be after the calibration date "
                    + request.calibratedOn());
        }
        long id = jdbc.sql("""
                insert into calibration (meter_id, calibrated_on, due_on, result, certificate) values (?, ?, ?, ?, ?) returning id""")
                .params(meter.id(), request.calibratedOn(), request.dueOn(), request.result(), request.certificate())
                .query(Long.class).single();
        return new Calibration(id, meterCode, request.calibratedOn(), request.dueOn(), request.result(), request.certificate());
    }

    public List<Calibration> calibrations(String plantCode, String meterCode) {
        Meter meter = meter(plantCode, meterCode);
        return jdbc.sql("""
                select id, cast(? as text) as meter, calibrated_on, due_on, result, certificate from calibration
                where meter_id = ? order by calibrated_on desc""").params(meterCode, meter.id()).query(Calibration.class).list();
    }
}
