package io.autoghg.accounting.unit;

/** What a unit measures. Each dimension has one canonical unit that conversions go through. */
public enum Dimension {
    MASS("t"),
    VOLUME("m3"),
    NORMAL_VOLUME("Nm3"),
    ENERGY("GJ"),
    FREIGHT_DISTANCE("t.km"),
    PASSENGER_DISTANCE("p.km"),
    DISTANCE("km"),
    CARBON_MASS("tC"),
    CO2E_MASS("tCO2e"),
    DIMENSIONLESS("1");

    private final String canonicalSymbol;

    Dimension(String canonicalSymbol) {
        this.canonicalSymbol = canonicalSymbol;
    }

    public String canonicalSymbol() {
        return canonicalSymbol;
    }

    public String describe() {
        return name().toLowerCase().replace('_', ' ');
    }
}
