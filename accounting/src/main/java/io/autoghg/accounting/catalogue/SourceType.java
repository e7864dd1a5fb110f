package io.autoghg.accounting.catalogue;

import static io.autoghg.accounting.catalogue.CollectionMethod.INTEGRATION;
import static io.autoghg.accounting.catalogue.CollectionMethod.MANUAL;
import static io.autoghg.accounting.catalogue.CollectionMethod.METERED;
import static io.autoghg.accounting.catalogue.Frequency.DAY;
import static io.autoghg.accounting.catalogue.Frequency.EVENT;
import static io.autoghg.accounting.catalogue.Frequency.MONTH;
import static io.autoghg.accounting.catalogue.IsoCategory.DIRECT;
import static io.autoghg.accounting.catalogue.IsoCategory.IMPORTED_ENERGY;
import static io.autoghg.accounting.catalogue.IsoCategory.PRODUCTS_USED;
import static io.autoghg.accounting.catalogue.IsoCategory.TRANSPORTATION;
import static io.autoghg.accounting.catalogue.MethodKind.ACETYLENE_CUTTING;
import static io.autoghg.accounting.catalogue.MethodKind.ACTIVITY_FACTOR;
import static io.autoghg.accounting.catalogue.MethodKind.CO2_SHIELDING_GAS;
import static io.autoghg.accounting.catalogue.MethodKind.ELECTRICITY;
import static io.autoghg.accounting.catalogue.MethodKind.FUEL_COMBUSTION;
import static io.autoghg.accounting.catalogue.MethodKind.FUGITIVE_RELEASE;
import static io.autoghg.accounting.catalogue.MethodKind.GAS_PIPELINE_LEAK;
import static io.autoghg.accounting.catalogue.MethodKind.PURCHASED_HEAT;
import static io.autoghg.accounting.catalogue.MethodKind.PV_ONSITE;
import static io.autoghg.accounting.catalogue.MethodKind.REFRIGERANT;
import static io.autoghg.accounting.catalogue.MethodKind.WASTEWATER_CH4;
import static io.autoghg.accounting.catalogue.MethodKind.WASTE_TREATMENT;
import static io.autoghg.accounting.catalogue.Scope.SCOPE1;
import static io.autoghg.accounting.catalogue.Scope.SCOPE2;
import static io.autoghg.accounting.catalogue.Scope.SCOPE3;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The emission-source catalogue of a vehicle assembly plant (shared/reference/source-catalogue.md).
 * Codes are a public contract: files, APIs and reports use them.
 */
public enum SourceType {
    STAT_COMB_NG("1", "Stationary combustion – natural gas", "固定源燃烧—天然气", DIRECT, SCOPE1, null,
            "boilers, paint-shop ovens, canteen/bath stoves, furnaces", "paint shop, powerhouse, canteen",
            List.of(Gas.CO2, Gas.CH4, Gas.N2O), FUEL_COMBUSTION, List.of(METERED, CollectionMethod.DIRECT), DAY, "natural-gas"),
    STAT_COMB_COAL("1", "Stationary combustion – coal", "固定源燃烧—煤", DIRECT, SCOPE1, null,
            "coal boilers", "powerhouse", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(METERED), DAY, "bituminous-coal"),
    STAT_COMB_DIESEL("2", "Stationary combustion – diesel", "固定源燃烧—柴油", DIRECT, SCOPE1, null,
            "diesel generators", "site", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(METERED), DAY, "diesel"),
    MOB_COMB_GASOLINE("3", "Mobile combustion – gasoline", "移动源燃烧—汽油", DIRECT, SCOPE1, null,
            "road-test vehicles, company cars", "test track", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(MANUAL), MONTH, "gasoline"),
    MOB_COMB_DIESEL("4", "Mobile combustion – diesel", "移动源燃烧—柴油", DIRECT, SCOPE1, null,
            "production vehicles, forklifts, shuttles, mowers", "site", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(MANUAL), MONTH, "diesel"),
    MOB_COMB_LPG("4", "Mobile combustion – LPG", "移动源燃烧—液化石油气", DIRECT, SCOPE1, null,
            "forklifts, shuttles", "site", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(MANUAL), MONTH, "lpg"),
    MOB_COMB_LNG("4", "Mobile combustion – LNG", "移动源燃烧—液化天然气", DIRECT, SCOPE1, null,
            "trucks, shuttles", "site", List.of(Gas.CO2), FUEL_COMBUSTION, List.of(MANUAL), MONTH, "lng"),
    PROC_CO2_WELDING("5", "Process – CO2 shielded-arc welding", "工业过程—CO2气体保护焊", DIRECT, SCOPE1, null,
            "CO2 shielded-arc welders", "body (welding) shop", List.of(Gas.CO2), CO2_SHIELDING_GAS, List.of(MANUAL), MONTH, null),
    PROC_ACETYLENE_CUTTING("6", "Process – acetylene cutting", "工业过程—乙炔切割", DIRECT, SCOPE1, null,
            "cutting torches", "body (welding) shop", List.of(Gas.CO2), ACETYLENE_CUTTING, List.of(MANUAL), MONTH, null),
    PROC_WASTE_TREATMENT("7", "Process – waste treatment", "工业过程—废弃物处理", DIRECT, SCOPE1, null,
            "incinerator, landfill, biological treatment", "waste plant", List.of(Gas.CO2, Gas.CH4_NON_FOSSIL, Gas.N2O),
            WASTE_TREATMENT, List.of(MANUAL, INTEGRATION), MONTH, null),
    PROC_WASTEWATER_CH4("7 (B.1 row 9)", "Process – wastewater treatment CH4", "工业过程—废水处理甲烷", DIRECT, SCOPE1, null,
            "septic tanks, wastewater treatment", "wastewater station", List.of(Gas.CH4_NON_FOSSIL), WASTEWATER_CH4,
            List.of(CollectionMethod.DIRECT), EVENT, null),
    FUG_REFRIGERANT_VEHICLE("8", "Fugitive – refrigerant filling of new vehicles", "逸散排放—新车制冷剂加注", DIRECT, SCOPE1, null,
            "refrigerant filling of new vehicles at final assembly", "assembly shop", List.of(Gas.HFC_134A, Gas.HFO_1234YF),
            REFRIGERANT, List.of(MANUAL), MONTH, null),
    FUG_REFRIGERANT_HVAC("8", "Fugitive – refrigerant of chillers and air-conditioning", "逸散排放—制冷空调设备制冷剂", DIRECT, SCOPE1, null,
            "chillers, air-conditioning units", "site", List.of(Gas.R_410A, Gas.HFC_32, Gas.HFC_134A),
            REFRIGERANT, List.of(MANUAL), MONTH, null),
    FUG_GAS_PIPELINE("9", "Fugitive – natural-gas pipelines", "逸散排放—天然气管道", DIRECT, SCOPE1, null,
            "natural-gas pipelines and use points", "site", List.of(Gas.CO2, Gas.CH4), GAS_PIPELINE_LEAK, List.of(MANUAL), MONTH, null),
    FUG_OTHER("10", "Fugitive – fire suppression, SF6 switchgear and others", "逸散排放—灭火系统、SF6开关等", DIRECT, SCOPE1, null,
            "fire-suppression systems, equipment seals, SF6 switchgear", "site", List.of(Gas.CO2, Gas.HFC_227EA, Gas.SF6),
            FUGITIVE_RELEASE, List.of(MANUAL), MONTH, null),
    ELEC_PURCHASED("11", "Purchased electricity", "外购电力", IMPORTED_ENERGY, SCOPE2, null,
            "every electricity user, offices included", "site", List.of(Gas.CO2), ELECTRICITY, List.of(METERED), DAY, null),
    ELEC_PV_ONSITE("B.1 row 12", "On-site photovoltaic power", "厂内光伏发电", IMPORTED_ENERGY, SCOPE2, null,
            "rooftop PV", "site", List.of(), PV_ONSITE, List.of(METERED), DAY, null),
    HEAT_PURCHASED("12", "Purchased heat", "外购热力", IMPORTED_ENERGY, SCOPE2, null,
            "heat-treatment tanks, process and comfort air-conditioning", "site", List.of(Gas.CO2), PURCHASED_HEAT,
            List.of(METERED), DAY, null),
    S3_UPSTREAM_TRANSPORT("13", "Upstream transport", "上游运输", TRANSPORTATION, SCOPE3, "4",
            "vehicles of carriers not owned by the plant", "tier-1 suppliers ↔ plant; between own sites", List.of(Gas.CO2),
            ACTIVITY_FACTOR, List.of(MANUAL, INTEGRATION), MONTH, null),
    S3_UPSTREAM_STORAGE("14", "Upstream storage", "上游仓储", PRODUCTS_USED, SCOPE3, "4",
            "warehouses, distribution centres (energy use)", "storage sites", List.of(Gas.CO2),
            ACTIVITY_FACTOR, List.of(MANUAL, INTEGRATION), MONTH, null),
    S3_COMMUTING_TRAVEL("15", "Employee commuting and business travel", "员工通勤与商务差旅", TRANSPORTATION, SCOPE3, "6+7",
            "commuting and business travel", "travel routes", List.of(Gas.CO2),
            ACTIVITY_FACTOR, List.of(MANUAL, INTEGRATION), MONTH, null),
    S3_DOWNSTREAM_TRANSPORT("16", "Downstream transport of finished vehicles", "下游整车运输", TRANSPORTATION, SCOPE3, "9",
            "transport of finished vehicles", "plant ↔ dealers / 4S shops", List.of(Gas.CO2),
            ACTIVITY_FACTOR, List.of(MANUAL, INTEGRATION), MONTH, null),
    S3_DOWNSTREAM_STORAGE("17 (optional)", "Downstream storage at dealers", "下游经销商仓储", PRODUCTS_USED, SCOPE3, "9",
            "dealer / 4S-shop storage", "dealer sites", List.of(Gas.CO2), ACTIVITY_FACTOR, List.of(MANUAL), MONTH, null);

    private final String tableA1Row;
    private final String nameEn;
    private final String nameZh;
    private final IsoCategory isoCategory;
    private final Scope scope;
    private final String scope3Category;
    private final String equipment;
    private final String location;
    private final List<Gas> gases;
    private final MethodKind method;
    private final List<CollectionMethod> collectionMethods;
    private final Frequency frequency;
    private final String fuel;

    SourceType(String tableA1Row, String nameEn, String nameZh, IsoCategory isoCategory, Scope scope, String scope3Category,
               String equipment, String location, List<Gas> gases, MethodKind method,
               List<CollectionMethod> collectionMethods, Frequency frequency, String fuel) {
        this.tableA1Row = tableA1Row;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.isoCategory = isoCategory;
        this.scope = scope;
        this.scope3Category = scope3Category;
        this.equipment = equipment;
        this.location = location;
        this.gases = gases;
        this.method = method;
        this.collectionMethods = collectionMethods;
        this.frequency = frequency;
        this.fuel = fuel;
    }

    public String code() {
        return name();
    }

    public String tableA1Row() {
        return tableA1Row;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public IsoCategory isoCategory() {
        return isoCategory;
    }

    public Scope scope() {
        return scope;
    }

    /** GHG Protocol Scope 3 category ("4", "6+7", "9"); null outside Scope 3. */
    public String scope3Category() {
        return scope3Category;
    }

    public String equipment() {
        return equipment;
    }

    public String location() {
        return location;
    }

    public List<Gas> gases() {
        return gases;
    }

    public MethodKind method() {
        return method;
    }

    /** Default collection method first, alternatives after it. */
    public List<CollectionMethod> collectionMethods() {
        return collectionMethods;
    }

    public CollectionMethod defaultCollectionMethod() {
        return collectionMethods.get(0);
    }

    public Frequency frequency() {
        return frequency;
    }

    /** Key of the default fuel in the parameter library (combustion types only). */
    public Optional<String> fuel() {
        return Optional.ofNullable(fuel);
    }

    public static Optional<SourceType> find(String code) {
        return Arrays.stream(values()).filter(type -> type.name().equals(code == null ? null : code.strip())).findFirst();
    }
}
