package io.autoghg.accounting.catalogue;

/** The calculation method a source type uses by default. */
public enum MethodKind {
    FUEL_COMBUSTION,
    CO2_SHIELDING_GAS,
    ACETYLENE_CUTTING,
    WASTE_TREATMENT,
    WASTEWATER_CH4,
    REFRIGERANT,
    GAS_PIPELINE_LEAK,
    FUGITIVE_RELEASE,
    ELECTRICITY,
    PV_ONSITE,
    PURCHASED_HEAT,
    ACTIVITY_FACTOR
}
