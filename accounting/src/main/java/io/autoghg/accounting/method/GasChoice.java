package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import java.util.Arrays;
import java.util.stream.Collectors;

/** The gas a fugitive source releases: the "gas" parameter, or the type's default where it has one. */
final class GasChoice {
    private GasChoice() {
    }

    static Gas of(MethodContext ctx) {
        String text = ctx.text("gas").orElse(null);
        if (text == null) {
            if (ctx.source().type() == SourceType.FUG_REFRIGERANT_VEHICLE) {
                ctx.trace().note("gas not given: HFC-134a assumed (catalogue default for vehicle filling)");
                return Gas.HFC_134A;
            }
            throw ctx.problem("parameters.gas", "missing required parameter 'gas' (the gas released, e.g. R-410A, SF6, HFC-227ea)");
        }
        Gas gas = Gas.find(text).orElseThrow(() -> ctx.problem("parameters.gas", "unknown gas '" + text + "'; known: "
                + Arrays.stream(Gas.values()).filter(g -> g != Gas.CO2E && g != Gas.CH4_NON_FOSSIL)
                .map(Gas::label).collect(Collectors.joining(", "))));
        ctx.trace().parameter("gas", null, null, gas.label() + (gas.isBlend() ? " (blend)" : "")
                + (gas.isKyoto() ? "" : "; outside the Kyoto basket: reported as a memo item, never in the total"));
        return gas;
    }
}
