package io.autoghg.cli;

import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.LibraryParameter;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.catalogue.Gas;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** `autoghg parameters`: prints the shipped parameter library and GWP sets with their provenance. */
@Command(name = "parameters", mixinStandardHelpOptions = true,
        description = "List the parameter library (value, unit, source, status C/V/A, validity) and the GWP sets.")
final class ParametersCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
        ParameterLibrary library = ParameterLibrary.shipped();
        out().println("Parameter library " + library.version() + " (status: C confirmed, V verify before relying on it, A assumption)");
        for (LibraryParameter entry : library.entries()) {
            out().printf("%-34s %-24s %s%n", entry.key(), entry.value(), entry.provenance().describe());
        }
        out().println();
        out().printf("%-16s %10s %10s %10s%n", "GWP (100-year)", "AR4", "AR5", "AR6");
        for (Gas gas : Gas.values()) {
            if (gas == Gas.CO2E || !gas.isKyoto()) {
                continue;
            }
            String label = gas == Gas.CH4_NON_FOSSIL ? "CH4 non-fossil" : gas.label();
            out().printf("%-16s %10s %10s %10s%n", label, value(GwpSet.AR4, gas), value(GwpSet.AR5, gas), value(GwpSet.AR6, gas));
        }
        out().flush();
        return 0;
    }

    private static String value(GwpSet set, Gas gas) {
        return set.gwp(gas).map(v -> v.toPlainString()).orElse("—");
    }
}
