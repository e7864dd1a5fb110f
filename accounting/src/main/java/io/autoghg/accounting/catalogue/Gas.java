package io.autoghg.accounting.catalogue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Greenhouse gases and refrigerant blends the platform keeps apart. Blends carry their components
 * by mass share (methodology file, section 5). Gases outside the Kyoto basket (HCFC-22) are
 * recorded as memo items and never enter a total. {@link #CO2E} stands for results that a factor
 * already gives in CO2 equivalents (e.g. kgCO2e/t.km).
 */
public enum Gas {
    CO2("CO2"),
    CH4("CH4"),
    /** Methane of biological origin (wastewater, waste): AR6 gives it a lower GWP. */
    CH4_NON_FOSSIL("CH4", "CH4 (non-fossil)"),
    N2O("N2O"),
    SF6("SF6"),
    NF3("NF3"),
    HFC_23("HFC-23", "R-23"),
    HFC_32("HFC-32", "R-32"),
    HFC_125("HFC-125", "R-125"),
    HFC_134A("HFC-134a", "R-134a"),
    HFC_143A("HFC-143a", "R-143a"),
    HFC_152A("HFC-152a", "R-152a"),
    HFC_227EA("HFC-227ea", "R-227ea", "FM-200"),
    HFC_245FA("HFC-245fa", "R-245fa"),
    CF4("CF4", "PFC-14", "R-14"),
    C2F6("C2F6", "PFC-116", "R-116"),
    HFO_1234YF("HFO-1234yf", "R-1234yf"),
    HFO_1234ZE("HFO-1234ze(E)", "R-1234ze(E)", "R-1234ze", "HFO-1234ze"),
    R_410A("R-410A"),
    R_407C("R-407C"),
    R_404A("R-404A"),
    HCFC_22("HCFC-22", "R-22"),
    CO2E("CO2e");

    private final String label;
    private final String[] aliases;

    Gas(String label, String... aliases) {
        this.label = label;
        this.aliases = aliases;
    }

    /** Name used in results and reports; both CH4 kinds are reported as CH4. */
    public String label() {
        return label;
    }

    public boolean isKyoto() {
        return this != HCFC_22;
    }

    /** Components by mass share; empty for a pure gas. */
    public Map<Gas, BigDecimal> components() {
        Map<Gas, BigDecimal> parts = new LinkedHashMap<>();
        switch (this) {
            case R_410A -> {
                parts.put(HFC_32, new BigDecimal("0.50"));
                parts.put(HFC_125, new BigDecimal("0.50"));
            }
            case R_407C -> {
                parts.put(HFC_32, new BigDecimal("0.23"));
                parts.put(HFC_125, new BigDecimal("0.25"));
                parts.put(HFC_134A, new BigDecimal("0.52"));
            }
            case R_404A -> {
                parts.put(HFC_125, new BigDecimal("0.44"));
                parts.put(HFC_143A, new BigDecimal("0.52"));
                parts.put(HFC_134A, new BigDecimal("0.04"));
            }
            default -> {
            }
        }
        return parts;
    }

    public boolean isBlend() {
        return !components().isEmpty();
    }

    /** Finds a gas by its label, an alias or its enum name, ignoring case. */
    public static Optional<Gas> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(gas -> gas.matches(wanted))
                .findFirst();
    }

    private boolean matches(String wanted) {
        if (name().toLowerCase(Locale.ROOT).equals(wanted.replace('-', '_'))
                || label.toLowerCase(Locale.ROOT).equals(wanted)) {
            return true;
        }
        return Arrays.stream(aliases).anyMatch(alias -> alias.toLowerCase(Locale.ROOT).equals(wanted));
    }
}
