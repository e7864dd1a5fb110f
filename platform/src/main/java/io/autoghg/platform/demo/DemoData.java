package io.autoghg.platform.demo;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.OrgUnitDefinition;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.organisation.OrganisationRequests.NewCalibration;
import io.autoghg.platform.organisation.OrganisationRequests.NewEquipment;
import io.autoghg.platform.organisation.OrganisationRequests.NewGroup;
import io.autoghg.platform.organisation.OrganisationRequests.NewMeter;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationRequests.NewPlant;
import io.autoghg.platform.quality.SettingRequest;
import io.autoghg.platform.source.SourceRequests.NewSource;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;

/**
 * The demo plant as plans: group, plant, organisational units, equipment, meters with calibration
 * records, emission sources of every catalogue type (parameters as in examples/plant-p1.yaml), and
 * generated activity rows and production volumes from January 1 of the last full year up to
 * yesterday. Pure data: no database, deterministic for a given {@code today}.
 */
final class DemoData {
    static final String GROUP = "DEMO-GROUP";
    static final String PLANT = "DEMO";
    /**
     * Meters whose reading is a register that counts up (energy and volume registers, as the plant simulator
     * serves them: docs/simulator.md §1); the flow totalisers (GM-PAINT, GM-POWER) and the COD analyser report
     * interval consumption, the default.
     */
    static final List<String> REGISTER_METERS = List.of("EM-STAMP", "EM-BODY", "EM-PAINT", "EM-ASSY", "EM-POWER", "EM-WWTP",
            "EM-CANTEEN", "EM-OFFICE", "EM-TRACK", "EM-LOGISTICS", "GM-MAIN", "HM-PAINT");
    static final String PLANT_NAME = "Demo Vehicle Assembly Plant / 示范整车厂";
    static final String TIMEZONE = "Asia/Shanghai";

    /** A shop with its own grid-electricity feeder meter and source; shares and load profile for the generator. */
    record Shop(String unit, String unitSymbol, String meterClass, double share, double base, double perVehicle, double hvac) {
        String source() {
            return "ELEC-" + unit;
        }

        String meter() {
            return "EM-" + unit;
        }
    }

    /** Electricity consumption by shop (shares of the site total) and load profile: base, production-driven, HVAC. */
    static final List<Shop> SHOPS = List.of(
            new Shop("STAMP", "MWh", "0.5S", 0.090, 0.15, 0.80, 0.05),
            new Shop("BODY", "MWh", "0.5S", 0.170, 0.20, 0.70, 0.10),
            new Shop("PAINT", "MWh", "0.2S", 0.320, 0.35, 0.35, 0.30),
            new Shop("ASSY", "MWh", "0.5S", 0.130, 0.25, 0.55, 0.20),
            new Shop("POWER", "MWh", "0.2S", 0.160, 0.30, 0.40, 0.30),
            new Shop("WWTP", "kWh", "1.0", 0.020, 0.60, 0.40, 0.00),
            new Shop("CANTEEN", "kWh", "1.0", 0.015, 0.20, 0.60, 0.20),
            new Shop("OFFICE", "kWh", "1.0", 0.030, 0.30, 0.20, 0.50),
            new Shop("TRACK", "kWh", "1.0", 0.020, 0.30, 0.70, 0.00),
            new Shop("LOGISTICS", "kWh", "0.5S", 0.045, 0.30, 0.50, 0.20));

    record MeterCalibration(String meter, NewCalibration calibration) {
    }

    private final LocalDate today;
    private final DemoSeries series;

    /** The demo plant as seen on {@code today} (plant-local date): data run up to yesterday. */
    DemoData(LocalDate today) {
        this.today = today;
        this.series = new DemoSeries(this);
    }

    LocalDate today() {
        return today;
    }

    /** January 1 of the last full year: the first day with data. */
    LocalDate firstDay() {
        return LocalDate.of(today.getYear() - 1, 1, 1);
    }

    int lastFullYear() {
        return today.getYear() - 1;
    }

    NewGroup group() {
        return new NewGroup(GROUP, "Demo Automotive Group / 示范汽车集团");
    }

    NewPlant plant() {
        return new NewPlant(PLANT, PLANT_NAME, GROUP, TIMEZONE, "AR5", "OPERATIONAL_CONTROL", null);
    }

    List<NewOrgUnit> orgUnits() {
        return List.of(
                new NewOrgUnit("STAMP", "Stamping", "冲压车间", "shop"),
                new NewOrgUnit("BODY", "Body (welding) shop", "焊装车间", "shop"),
                new NewOrgUnit("PAINT", "Paint shop", "涂装车间", "shop"),
                new NewOrgUnit("ASSY", "Final assembly", "总装车间", "shop"),
                new NewOrgUnit("POWER", "Powerhouse", "动力站", "utility"),
                new NewOrgUnit("WWTP", "Wastewater station", "污水处理站", "utility"),
                new NewOrgUnit("CANTEEN", "Canteen", "食堂", "support"),
                new NewOrgUnit("OFFICE", "Offices", "办公楼", "support"),
                new NewOrgUnit("TRACK", "Test track", "试车跑道", "support"),
                new NewOrgUnit("SITE", "Site-wide", "厂区公共", "site"),
                new NewOrgUnit("LOGISTICS", "Logistics", "物流", "support"));
    }

    List<NewEquipment> equipment() {
        return List.of(
                new NewEquipment("PRESS-L1", "Tandem press line 1 (5 400 t)", "press line", "STAMP"),
                new NewEquipment("PRESS-L2", "Tandem press line 2 (5 400 t)", "press line", "STAMP"),
                new NewEquipment("WELD-MAG", "CO2 shielded-arc (MAG) welding cells", "welding", "BODY"),
                new NewEquipment("CUT-C2H2", "Acetylene cutting station (maintenance)", "cutting torch", "BODY"),
                new NewEquipment("OVEN-ED", "E-coat oven", "paint oven", "PAINT"),
                new NewEquipment("OVEN-PR", "Primer oven", "paint oven", "PAINT"),
                new NewEquipment("OVEN-TC", "Top-coat oven", "paint oven", "PAINT"),
                new NewEquipment("RTO-01", "Regenerative thermal oxidiser", "thermal oxidiser", "PAINT"),
                new NewEquipment("AHU-PAINT", "Paint-booth air supply units", "air handling unit", "PAINT"),
                new NewEquipment("CHILLER-P1", "Paint-shop screw chiller 1 (HFC-134a)", "chiller", "PAINT"),
                new NewEquipment("CHILLER-P2", "Paint-shop screw chiller 2 (HFC-134a)", "chiller", "PAINT"),
                new NewEquipment("FILL-01", "A/C refrigerant filling machine 1", "filling machine", "ASSY"),
                new NewEquipment("FILL-02", "A/C refrigerant filling machine 2", "filling machine", "ASSY"),
                new NewEquipment("BOILER-01", "Gas hot-water boiler 1 (14 MW)", "boiler", "POWER"),
                new NewEquipment("BOILER-02", "Gas hot-water boiler 2 (14 MW)", "boiler", "POWER"),
                new NewEquipment("BOILER-C1", "Standby coal boiler (10 t/h)", "boiler", "POWER"),
                new NewEquipment("CHILLER-01", "Central centrifugal chiller 1", "chiller", "POWER"),
                new NewEquipment("CHILLER-02", "Central centrifugal chiller 2", "chiller", "POWER"),
                new NewEquipment("AIRCOMP-01", "Centrifugal air compressor 1", "air compressor", "POWER"),
                new NewEquipment("AIRCOMP-02", "Centrifugal air compressor 2", "air compressor", "POWER"),
                new NewEquipment("SWG-110KV", "110 kV gas-insulated switchgear (SF6)", "switchgear", "POWER"),
                new NewEquipment("TX-01", "Main transformer 1 (110/10 kV, 63 MVA)", "transformer", "POWER"),
                new NewEquipment("GEN-01", "Emergency diesel generator 1 (1 000 kW)", "generator", "SITE"),
                new NewEquipment("GEN-02", "Emergency diesel generator 2 (1 000 kW)", "generator", "SITE"),
                new NewEquipment("PV-A", "Rooftop PV array A, stamping roof (7 MWp)", "pv array", "SITE"),
                new NewEquipment("PV-B", "Rooftop PV array B, body-shop roof (8 MWp)", "pv array", "SITE"),
                new NewEquipment("PV-C", "Rooftop PV array C, assembly roof (9 MWp)", "pv array", "SITE"),
                new NewEquipment("PV-D", "Rooftop PV array D, logistics roof (6 MWp)", "pv array", "SITE"),
                new NewEquipment("SPLIT-AC", "Split air-conditioners and rooftop units (about 420, R-410A)", "air conditioner", "SITE"),
                new NewEquipment("WWTP-AO", "Biological treatment (anoxic/oxic)", "wastewater treatment", "WWTP"),
                new NewEquipment("INDUCTION", "Induction cooking line", "kitchen", "CANTEEN"),
                new NewEquipment("CHILLER-R22", "Office chiller on R-22 (to be replaced)", "chiller", "OFFICE"),
                new NewEquipment("FM200-SRV", "Server-room FM-200 fire suppression", "fire suppression", "OFFICE"),
                new NewEquipment("FORKLIFT-D", "Diesel forklifts and tractors", "vehicle fleet", "LOGISTICS"),
                new NewEquipment("FORKLIFT-LPG", "LPG forklifts", "vehicle fleet", "LOGISTICS"),
                new NewEquipment("TRUCK-LNG", "LNG yard trucks", "vehicle fleet", "LOGISTICS"),
                new NewEquipment("TEST-FLEET", "Road-test and company cars", "vehicle fleet", "TRACK"));
    }

    /** Meter codes with the uncertainty (%) their readings carry. */
    static final Map<String, BigDecimal> METER_UNCERTAINTY = uncertainties();

    private static Map<String, BigDecimal> uncertainties() {
        Map<String, BigDecimal> map = new LinkedHashMap<>();
        map.put("GM-PAINT", new BigDecimal("1.5"));
        map.put("GM-POWER", new BigDecimal("1.5"));
        map.put("GM-MAIN", new BigDecimal("1.0"));
        map.put("CS-COAL", new BigDecimal("1.0"));
        map.put("DFM-GEN", new BigDecimal("1.0"));
        map.put("HM-PAINT", new BigDecimal("3"));
        map.put("PVM-GEN", new BigDecimal("0.5"));
        map.put("PVM-EXP", new BigDecimal("0.2"));
        map.put("COD-WWTP", new BigDecimal("5"));
        for (Shop shop : SHOPS) {
            map.put(shop.meter(), new BigDecimal(shop.meterClass().replace("S", "")));
        }
        return Map.copyOf(map);
    }

    List<NewMeter> meters() {
        List<NewMeter> meters = new ArrayList<>(List.of(
                new NewMeter("GM-MAIN", "natural gas, city-gate intake (supplier's billing meter)", "Nm3", "FL-2018-300117",
                        "1.0", "SITE", null),
                new NewMeter("GM-PAINT", "natural gas to paint ovens and RTO", "Nm3", "FL-2019-210455", "1.0", "PAINT", "OVEN-TC"),
                new NewMeter("GM-POWER", "natural gas to the hot-water boilers", "Nm3", "FL-2019-210456", "1.0", "POWER", "BOILER-01"),
                new NewMeter("CS-COAL", "coal fed to the standby boiler (belt scale)", "t", "BS-2016-00871", "0.5", "POWER", "BOILER-C1"),
                new NewMeter("DFM-GEN", "diesel to the emergency generators", "L", "DF-2020-04412", "0.5", "SITE", "GEN-01"),
                new NewMeter("HM-PAINT", "district hot water to paint pretreatment and air supply", "GJ", "HT-2021-118230",
                        "2", "PAINT", "AHU-PAINT"),
                new NewMeter("PVM-GEN", "rooftop PV generation (arrays A–D)", "MWh", "PV-2022-000931", "0.5S", "SITE", "PV-C"),
                new NewMeter("PVM-EXP", "electricity exported to the grid (bidirectional tariff meter)", "MWh", "GD-2022-774120",
                        "0.2S", "SITE", null),
                new NewMeter("COD-WWTP", "COD removed (online COD analysers at inlet and outlet)", "kg", "CODA-2021-3307",
                        "±5 %", "WWTP", "WWTP-AO")));
        int serial = 501;
        for (Shop shop : SHOPS) {
            meters.add(new NewMeter(shop.meter(), "grid electricity, " + unitName(shop.unit()) + " feeder", shop.unitSymbol(),
                    "EL-2020-" + String.format("%06d", 104_000 + serial++ * 37), shop.meterClass(), shop.unit(), null));
        }
        return meters;
    }

    /**
     * Calibration records relative to today: every meter has the previous and the latest record;
     * three meters are overdue (heat meter, diesel flow meter, canteen electricity meter), the rest valid.
     * The overdue meters were late the time before too: their latest calibration came 20 days after
     * the previous one was due, so their readings of those 20 days were taken with a lapsed calibration.
     */
    List<MeterCalibration> calibrations() {
        List<MeterCalibration> records = new ArrayList<>();
        List<String> overdue = List.of("HM-PAINT", "DFM-GEN", "EM-CANTEEN");
        int number = 100;
        for (NewMeter meter : meters()) {
            java.util.SplittableRandom random = DemoCalendar.random("calibration-" + meter.code(), LocalDate.of(2025, 1, 1));
            int intervalMonths = meter.code().startsWith("EM-") || meter.code().startsWith("PVM-") ? 24 : 12;
            LocalDate latest = overdue.contains(meter.code())
                    ? today.minusMonths(intervalMonths).minusDays(12 + random.nextInt(40))
                    : today.minusDays(20 + random.nextInt(intervalMonths * 30 - 60));
            int shift = random.nextInt(11) - 5;
            LocalDate previous = overdue.contains(meter.code()) ? latest.minusMonths(intervalMonths).minusDays(20)
                    : latest.minusMonths(intervalMonths).plusDays(shift);
            String lab = meter.code().startsWith("COD") ? "environmental monitoring station" : "municipal metrology institute";
            String previousResult = meter.code().equals("GM-POWER") ? "ADJUSTED" : "PASSED";
            records.add(new MeterCalibration(meter.code(), new NewCalibration(previous, previous.plusMonths(intervalMonths),
                    previousResult, "CAL-" + previous.getYear() + "-" + (number++ * 7 % 9000 + 1000) + " (" + lab + ")")));
            String result = meter.code().equals("EM-CANTEEN") ? "REPAIRED" : meter.code().equals("COD-WWTP") ? "ADJUSTED" : "PASSED";
            records.add(new MeterCalibration(meter.code(), new NewCalibration(latest, latest.plusMonths(intervalMonths),
                    result, "CAL-" + latest.getYear() + "-" + (number++ * 7 % 9000 + 1000) + " (" + lab + ")")));
        }
        return records;
    }

    private String unitName(String code) {
        return orgUnits().stream().filter(unit -> unit.code().equals(code)).findFirst().orElseThrow().name().toLowerCase(Locale.ROOT);
    }

    /** Emission sources: every catalogue type, one electricity source per shop, two natural-gas sources. */
    List<NewSource> sources() {
        List<NewSource> sources = new ArrayList<>();
        sources.add(source("NG-PAINT", SourceType.STAT_COMB_NG, "Paint-shop ovens and RTO (natural gas)", "PAINT", "METERED", "DAY",
                params("ncv", "0.038931 GJ/Nm3", "carbonContent", "0.01532 tC/GJ", "oxidation", "0.99"), List.of("GM-PAINT")));
        sources.add(source("NG-BOILER", SourceType.STAT_COMB_NG, "Powerhouse hot-water boilers", "POWER", "METERED", "DAY",
                params("emissionFactorCH4", "1 kg/TJ", "emissionFactorN2O", "0.1 kg/TJ"), List.of("GM-POWER")));
        sources.add(source("COAL-BOILER", SourceType.STAT_COMB_COAL, "Standby coal boiler (gas curtailment only)", "POWER",
                "METERED", "DAY", params(), List.of("CS-COAL")));
        sources.add(source("DIESEL-GEN", SourceType.STAT_COMB_DIESEL, "Emergency diesel generators", "SITE", "METERED", "DAY",
                params(), List.of("DFM-GEN")));
        sources.add(source("GASOLINE-TEST", SourceType.MOB_COMB_GASOLINE, "Road-test vehicles and company cars", "TRACK",
                "MANUAL", "MONTH", params(), List.of()));
        sources.add(source("DIESEL-FLEET", SourceType.MOB_COMB_DIESEL, "Diesel forklifts, tractors and shuttles", "LOGISTICS",
                "MANUAL", "MONTH", params(), List.of()));
        sources.add(source("LPG-FORKLIFT", SourceType.MOB_COMB_LPG, "LPG forklifts", "LOGISTICS", "MANUAL", "MONTH", params(),
                List.of()));
        sources.add(source("LNG-TRUCK", SourceType.MOB_COMB_LNG, "LNG yard trucks", "LOGISTICS", "MANUAL", "MONTH", params(),
                List.of()));
        sources.add(source("CO2-WELDING", SourceType.PROC_CO2_WELDING, "CO2 shielded-arc welding", "BODY", "MANUAL", "MONTH",
                params(), List.of()));
        sources.add(source("C2H2-CUTTING", SourceType.PROC_ACETYLENE_CUTTING, "Acetylene cutting torches", "BODY", "MANUAL",
                "MONTH", params(), List.of()));
        sources.add(source("WASTE-INCIN", SourceType.PROC_WASTE_TREATMENT, "On-site incineration of paint sludge", "SITE",
                "INTEGRATION", "MONTH", params("emissionFactorCO2", "0.8 t/t", "emissionFactorN2O", "0.05 kg/t"), List.of()));
        sources.add(source("WWTP-CH4", SourceType.PROC_WASTEWATER_CH4, "Wastewater treatment (aerobic, partly anaerobic)", "WWTP",
                "DIRECT", "DAY", params("mcf", "0.3"), List.of("COD-WWTP")));
        sources.add(source("REFR-FILL", SourceType.FUG_REFRIGERANT_VEHICLE, "A/C filling of new vehicles", "ASSY", "MANUAL",
                "MONTH", params("gas", "HFC-134a", "method", "filling"), List.of()));
        sources.add(source("REFR-HVAC", SourceType.FUG_REFRIGERANT_HVAC, "Split air-conditioners (mass balance)", "SITE", "MANUAL",
                "MONTH", params("gas", "R-410A", "method", "massBalance"), List.of()));
        sources.add(source("REFR-CHILLER", SourceType.FUG_REFRIGERANT_HVAC, "Paint-shop chillers (screening)", "PAINT", "MANUAL",
                "MONTH", params("gas", "HFC-134a", "method", "screening", "leakRate", "5 %"), List.of()));
        sources.add(source("REFR-R22", SourceType.FUG_REFRIGERANT_HVAC, "Old office chiller on R-22 (memo item)", "OFFICE",
                "MANUAL", "MONTH", params("gas", "R-22", "method", "screening", "leakRate", "0.08"), List.of()));
        sources.add(source("NG-PIPELINE", SourceType.FUG_GAS_PIPELINE, "Gas network leaks (intake minus sub-meters)", "SITE",
                "MANUAL", "MONTH", params(), List.of("GM-MAIN")));
        sources.add(source("SF6-SWITCHGEAR", SourceType.FUG_OTHER, "110 kV switchgear", "POWER", "MANUAL", "EVENT",
                params("gas", "SF6"), List.of()));
        sources.add(source("FIRE-FM200", SourceType.FUG_OTHER, "Server-room fire suppression", "OFFICE", "MANUAL", "EVENT",
                params("gas", "HFC-227ea"), List.of()));
        for (Shop shop : SHOPS) {
            sources.add(source(shop.source(), SourceType.ELEC_PURCHASED, "Grid electricity, " + unitName(shop.unit()),
                    shop.unit(), "METERED", "DAY", params(), List.of(shop.meter())));
        }
        sources.add(source("PV-ROOF", SourceType.ELEC_PV_ONSITE, "Rooftop PV, 30 MWp", "SITE", "METERED", "DAY", params(),
                List.of("PVM-GEN", "PVM-EXP")));
        sources.add(source("HEAT-DISTRICT", SourceType.HEAT_PURCHASED, "District hot water (paint pretreatment and air supply)",
                "PAINT", "METERED", "DAY", params(), List.of("HM-PAINT")));
        sources.add(source("S3-INBOUND", SourceType.S3_UPSTREAM_TRANSPORT, "Inbound parts by road", "LOGISTICS", "INTEGRATION",
                "MONTH", params("emissionFactor", "0.078 kgCO2e/t.km"), List.of()));
        sources.add(source("S3-WAREHOUSE", SourceType.S3_UPSTREAM_STORAGE, "Supplier park warehouse (electricity)", "LOGISTICS",
                "INTEGRATION", "MONTH", params(), List.of()));
        sources.add(source("S3-COMMUTE", SourceType.S3_COMMUTING_TRAVEL, "Shuttle buses and business travel", "OFFICE", "MANUAL",
                "MONTH", params("emissionFactor", "0.05 kgCO2e/p.km"), List.of()));
        sources.add(source("S3-OUTBOUND", SourceType.S3_DOWNSTREAM_TRANSPORT, "Finished vehicles to dealers", "LOGISTICS",
                "INTEGRATION", "MONTH", params("emissionFactor", "0.062 kgCO2e/t.km"), List.of()));
        sources.add(source("S3-DEALER", SourceType.S3_DOWNSTREAM_STORAGE, "Dealer storage yards (electricity)", "LOGISTICS",
                "MANUAL", "MONTH", params(), List.of()));
        return sources;
    }

    private static NewSource source(String code, SourceType type, String name, String unit, String collection, String frequency,
                                    Map<String, String> parameters, List<String> meters) {
        return new NewSource(code, type.code(), name, unit, collection, frequency, null, parameters, meters);
    }

    /** Parameters in the order given: name, value, name, value … */
    private static Map<String, String> params(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    /**
     * Data-quality settings of the demo plant: the export meter is a sub-meter of the PV generation
     * meter (partial sub-metering: what is not exported is used on site), PV data are exempt from
     * the day-to-day rate-of-change and the weekday-baseline anomaly checks (weather and load make
     * jumps normal), and the paint-shop gas
     * meter has a plausible daily range.
     */
    List<SettingRequest> qualitySettings() {
        return List.of(
                new SettingRequest("sub-meter", "PV-ROOF", "PVM-GEN", true, null, null, null, new BigDecimal("2"),
                        List.of("PVM-EXP"), "PARTIAL", "exported electricity is part of the generation: the export meter may not "
                        + "read more than the generation meter"),
                new SettingRequest("rate-of-change", "PV-ROOF", null, false, null, null, null, null, null, null,
                        "PV output and export follow the weather and the load: day-to-day jumps are normal"),
                new SettingRequest("anomaly", "PV-ROOF", null, false, null, null, null, null, null, null,
                        "a weekday baseline does not describe weather-driven output; the sub-meter check watches the export"),
                new SettingRequest("range", "NG-PAINT", "GM-PAINT", true, BigDecimal.ZERO, new BigDecimal("80000"), "Nm3", null, null,
                        null, "the paint-shop gas line delivers at most about 3,300 Nm3/h"));
    }

    /** The data problems of the last full year (DemoSeries.Problems). */
    DemoSeries.Problems problems() {
        return series.problems();
    }

    /** The plant as the accounting engine sees it once seeded (what AccountingInputs.definition would load). */
    PlantDefinition definition() {
        List<OrgUnitDefinition> units = orgUnits().stream()
                .map(unit -> new OrgUnitDefinition(unit.code(), unit.name(), unit.nameZh())).toList();
        List<SourceDefinition> sources = sources().stream().map(source -> {
            SourceLocation where = new SourceLocation("source " + source.code() + " parameters", 0);
            Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
            source.parameters().forEach((name, text) -> overrides.put(name, new ParameterOverride(name, text, where)));
            return new SourceDefinition(source.code(), SourceType.valueOf(source.type()), source.name(), source.orgUnit(),
                    CollectionMethod.valueOf(source.collectionMethod()), overrides, new SourceLocation("source " + source.code(), 0));
        }).toList();
        return new PlantDefinition(PLANT, PLANT_NAME, TIMEZONE, GwpSet.AR5, units, sources, new SourceLocation("plant " + PLANT, 0));
    }

    /** Activity rows from January 1 of the last full year up to yesterday, source by source. */
    List<NewRow> rows() {
        return series.rows();
    }

    /** Vehicles per month; the current month counts up to yesterday. */
    SortedMap<YearMonth, Integer> production() {
        return series.production();
    }
}
