package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The parameters a source may override, and the check every entry path (plant file, API) applies to them. */
public final class ParameterNames {
    /** Quantities are "value unit ±u%" texts or plain fractions; the text ones name a gas, a method or a fuel. */
    public static final Set<String> ALL = Set.of("ncv", "carbonContent", "oxidation", "density", "emissionFactor",
            "gridFactor", "residualFactor", "heatFactor", "bo", "mcf", "gas", "lossRate", "leakRate", "method", "enthalpy",
            "emissionFactorCO2", "emissionFactorCH4", "emissionFactorN2O", "purity", "fuel");
    public static final Set<String> TEXT = Set.of("gas", "method", "fuel");
    static final Set<String> METHODS = Set.of("massbalance", "mass-balance", "screening", "filling");

    private ParameterNames() {
    }

    /** Fails with a message naming the problem when the name is unknown or the value does not fit it. */
    public static void check(String name, String text) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; known: "
                    + ALL.stream().sorted().collect(Collectors.joining(", ")));
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("parameter '" + name + "' is empty");
        }
        switch (name) {
            case "gas" -> Gas.find(text).filter(gas -> gas != Gas.CO2E).orElseThrow(
                    () -> new IllegalArgumentException("unknown gas '" + text + "'; known: " + knownGases()));
            case "method" -> {
                if (!METHODS.contains(text.strip().toLowerCase(Locale.ROOT))) {
                    throw new IllegalArgumentException("unknown method '" + text + "'; use massBalance, screening or filling");
                }
            }
            case "fuel" -> {
                // checked where it is used: it names a fuel of the parameter library
            }
            default -> ParameterText.parse(text);
        }
    }

    private static String knownGases() {
        return Arrays.stream(Gas.values()).filter(gas -> gas != Gas.CO2E && gas != Gas.CH4_NON_FOSSIL)
                .map(Gas::label).collect(Collectors.joining(", "));
    }
}
