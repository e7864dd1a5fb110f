package io.autoghg.accounting.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The unit registry: parses symbols ("GJ/万Nm3", "kgCO2e/t.km", "%") and converts between units
 * of the same dimension. Division uses {@link #MATH} (34 significant digits); nothing uses binary
 * floating point.
 */
public final class Units {
    public static final MathContext MATH = MathContext.DECIMAL128;

    private static final Map<String, Unit> SIMPLE = new LinkedHashMap<>();

    public static final Unit T = register("t", Dimension.MASS, "1", "tonne", "tonnes");
    public static final Unit KG = register("kg", Dimension.MASS, "0.001");
    public static final Unit G = register("g", Dimension.MASS, "0.000001");
    public static final Unit TCO2 = register("tCO2", Dimension.MASS, "1");
    public static final Unit KGCO2 = register("kgCO2", Dimension.MASS, "0.001");
    public static final Unit L = register("L", Dimension.VOLUME, "0.001", "l", "litre", "liter");
    public static final Unit M3 = register("m3", Dimension.VOLUME, "1", "m³");
    public static final Unit NM3 = register("Nm3", Dimension.NORMAL_VOLUME, "1", "Nm³");
    public static final Unit KNM3 = register("kNm3", Dimension.NORMAL_VOLUME, "1000", "kNm³");
    public static final Unit WAN_NM3 = register("万Nm3", Dimension.NORMAL_VOLUME, "10000",
            "万Nm³", "10^4Nm3", "10⁴Nm3", "1e4Nm3");
    public static final Unit KWH = register("kWh", Dimension.ENERGY, "0.0036");
    public static final Unit MWH = register("MWh", Dimension.ENERGY, "3.6");
    public static final Unit GWH = register("GWh", Dimension.ENERGY, "3600");
    public static final Unit KJ = register("kJ", Dimension.ENERGY, "0.000001");
    public static final Unit MJ = register("MJ", Dimension.ENERGY, "0.001");
    public static final Unit GJ = register("GJ", Dimension.ENERGY, "1");
    public static final Unit TJ = register("TJ", Dimension.ENERGY, "1000");
    public static final Unit TKM = register("t.km", Dimension.FREIGHT_DISTANCE, "1", "tkm", "t·km", "t-km");
    public static final Unit PKM = register("p.km", Dimension.PASSENGER_DISTANCE, "1", "pkm", "p·km", "p-km");
    public static final Unit KM = register("km", Dimension.DISTANCE, "1");
    public static final Unit TC = register("tC", Dimension.CARBON_MASS, "1");
    public static final Unit KGC = register("kgC", Dimension.CARBON_MASS, "0.001");
    public static final Unit TCO2E = register("tCO2e", Dimension.CO2E_MASS, "1");
    public static final Unit KGCO2E = register("kgCO2e", Dimension.CO2E_MASS, "0.001");
    public static final Unit GCO2E = register("gCO2e", Dimension.CO2E_MASS, "0.000001");
    public static final Unit FRACTION = register("1", Dimension.DIMENSIONLESS, "1", "", "fraction");
    public static final Unit PERCENT = register("%", Dimension.DIMENSIONLESS, "0.01");

    private Units() {
    }

    private static Unit register(String symbol, Dimension dimension, String scale, String... aliases) {
        Unit unit = Unit.simple(symbol, dimension, scale);
        SIMPLE.put(symbol, unit);
        for (String alias : aliases) {
            SIMPLE.put(alias, unit);
        }
        return unit;
    }

    /** Parses a unit symbol; a ratio is written numerator/denominator. */
    public static Unit parse(String text) {
        if (text == null) {
            throw new UnitException("no unit given");
        }
        String symbol = text.strip();
        int slash = symbol.indexOf('/');
        if (slash < 0) {
            return simple(symbol);
        }
        Unit numerator = simple(symbol.substring(0, slash).strip());
        Unit denominator = simple(symbol.substring(slash + 1).strip());
        if (numerator.isDimensionless() || denominator.isDimensionless()) {
            throw new UnitException("unit '" + text + "': a ratio needs a unit on both sides of '/'");
        }
        BigDecimal scale = numerator.scale().divide(denominator.scale(), MATH);
        if (numerator.numerator() == denominator.numerator()) {
            return new Unit(symbol, Dimension.DIMENSIONLESS, null, scale);
        }
        return new Unit(symbol, numerator.numerator(), denominator.numerator(), scale);
    }

    private static Unit simple(String symbol) {
        Unit unit = SIMPLE.get(symbol);
        if (unit == null) {
            unit = caseInsensitive(symbol);
        }
        if (unit == null) {
            throw new UnitException("unknown unit '" + symbol + "'; known units: " + String.join(", ", knownSymbols()));
        }
        return unit;
    }

    private static Unit caseInsensitive(String symbol) {
        String lower = symbol.toLowerCase(Locale.ROOT);
        Unit found = null;
        for (Map.Entry<String, Unit> entry : SIMPLE.entrySet()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).equals(lower)) {
                if (found != null && found != entry.getValue()) {
                    return null; // ambiguous, e.g. "mwh" could never be milli-Wh here but stay strict
                }
                found = entry.getValue();
            }
        }
        return found;
    }

    public static java.util.List<String> knownSymbols() {
        return SIMPLE.values().stream().map(Unit::symbol).distinct().filter(s -> !s.equals("1")).toList();
    }

    /** Converts a value between two units of the same dimension; fails naming both units otherwise. */
    public static BigDecimal convert(BigDecimal value, Unit from, Unit to) {
        if (!from.sameDimensionAs(to)) {
            throw new UnitException("cannot convert " + from.symbol() + " (" + from.dimensionText() + ") to "
                    + to.symbol() + " (" + to.dimensionText() + ")");
        }
        if (from.scale().compareTo(to.scale()) == 0) {
            return value;
        }
        return value.multiply(from.scale()).divide(to.scale(), MATH);
    }
}
