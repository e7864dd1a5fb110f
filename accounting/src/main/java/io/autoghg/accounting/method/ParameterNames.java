package io.autoghg.accounting.method;

import java.util.Set;
import java.util.stream.Collectors;

/** The parameters a source may override, and the check every entry path (plant file, API) applies to them. */
public final class ParameterNames {
    /** Quantities are "value unit ±u%" texts or plain fractions; the text ones name a gas, a method or a fuel. */
    public static final Set<String> ALL = Set.of("ncv", "carbonContent", "oxidation", "density", "emissionFactor",
            "gridFactor", "residualFactor", "heatFactor", "bo", "mcf", "gas", "lossRate", "leakRate", "method", "enthalpy",
            "emissionFactorCO2", "emissionFactorCH4", "emissionFactorN2O", "purity", "fuel");
    public static final Set<String> TEXT = Set.of("gas", "method", "fuel");

    private ParameterNames() {
    }

    /** Fails with a message naming the problem when the name is unknown or a quantity does not parse. */
    public static void check(String name, String text) {
        if (!ALL.contains(name)) {
            throw new IllegalArgumentException("unknown parameter '" + name + "'; known: "
                    + ALL.stream().sorted().collect(Collectors.joining(", ")));
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("parameter '" + name + "' is empty");
        }
        if (!TEXT.contains(name)) {
            ParameterText.parse(text);
        }
    }
}
