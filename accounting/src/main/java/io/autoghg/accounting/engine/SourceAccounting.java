package io.autoghg.accounting.engine;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.method.CalculationMethod;
import io.autoghg.accounting.method.MethodContext;
import io.autoghg.accounting.method.MethodOutcome;
import io.autoghg.accounting.method.Methods;
import io.autoghg.accounting.method.ParameterResolver;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.trace.Trace;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Runs one source's method over its rows for the year and converts the gases to CO2e. */
final class SourceAccounting {
    private final ParameterLibrary library;
    private final GwpSet gwp;
    private final LocalDate from;
    private final LocalDate to;

    SourceAccounting(ParameterLibrary library, GwpSet gwp, LocalDate from, LocalDate to) {
        this.library = library;
        this.gwp = gwp;
        this.from = from;
        this.to = to;
    }

    SourceResult account(SourceDefinition source, List<ActivityRow> rows, List<ActivityRow> prorated, List<ActivityRow> clipped) {
        Trace trace = new Trace();
        if (rows.isEmpty()) {
            trace.note("no activity data for " + describePeriod() + "; the source reports zero");
            return new SourceResult(source.code(), source.name(), source.type(), source.orgUnit(), "none",
                    List.of(), List.of(), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, new TreeMap<>(),
                    Map.of(), trace.entries());
        }
        Map<String, List<ActivityRow>> byItem = new LinkedHashMap<>();
        rows.forEach(row -> byItem.computeIfAbsent(row.item(), item -> new ArrayList<>()).add(row));
        ParameterResolver resolver = new ParameterResolver(source, library, from);
        MethodContext context = new MethodContext(source, byItem, resolver, trace);
        CalculationMethod method = Methods.forSource(context);
        trace.note("method: " + method.name() + " (" + source.type().code() + ")");
        clipped.forEach(row -> trace.note(YearSelection.CHARGE.equals(row.item())
                ? "charge row " + row.location() + " crosses the period's boundary: its " + row.quantity() + " counts for "
                        + row.start() + " to " + row.end() + " only"
                : row.item() + " row " + row.location() + " starts before the period (" + row.start()
                        + "): it belongs to the previous period and is not counted"));
        prorated.forEach(row -> trace.note("row " + row.location() + " crosses the period's boundary: "
                + row.quantity() + " counted for " + row.start() + " to " + row.end() + " (pro rata by days)"));
        MethodOutcome outcome = method.calculate(context);
        if (!context.unusedOverrides().isEmpty()) {
            trace.note("parameters set for this source but not used by " + method.name() + ": "
                    + String.join(", ", context.unusedOverrides()));
        }

        List<GasResult> gases = new ArrayList<>();
        List<GasResult> memo = new ArrayList<>();
        BigDecimal tco2e = toCo2e(outcome.gases(), gases, memo, trace, "");
        BigDecimal market = outcome.marketGases() == outcome.gases() ? tco2e
                : toCo2e(outcome.marketGases(), new ArrayList<>(), new ArrayList<>(), trace, " (market-based)");
        trace.result("tCO2e", tco2e, "tCO2e", "Σ gas × GWP (" + gwp.name() + ")");
        if (market.compareTo(tco2e) != 0) {
            trace.result("tCO2e (market-based)", market, "tCO2e", "Σ market-based gas × GWP (" + gwp.name() + ")");
        }
        BigDecimal uncertainty = context.combinedUncertaintyPct();
        if (uncertainty != null) {
            trace.result("uncertainty", uncertainty, "%", "U = √(ΣUᵢ²) over the inputs and parameters used (95 %)");
        }
        return new SourceResult(source.code(), source.name(), source.type(), source.orgUnit(), method.name(), gases, memo,
                tco2e, market, outcome.exportCreditTco2(), uncertainty, MonthlySplit.of(tco2e, rows, from, to), outcome.metrics(),
                trace.entries());
    }

    private String describePeriod() {
        return from.getDayOfYear() == 1 && to.equals(from.plusYears(1)) ? String.valueOf(from.getYear()) : from + " to " + to;
    }

    private BigDecimal toCo2e(Map<Gas, BigDecimal> masses, List<GasResult> gases, List<GasResult> memo, Trace trace,
                              String basis) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<Gas, BigDecimal> entry : masses.entrySet()) {
            Gas gas = entry.getKey();
            Optional<BigDecimal> factor = gwp.gwp(gas);
            if (factor.isEmpty() || !gas.isKyoto()) {
                memo.add(new GasResult(gas, entry.getValue(), null, null));
                trace.note(gas.label() + " " + entry.getValue().toPlainString() + " t is a memo item (outside the Kyoto basket)");
                continue;
            }
            BigDecimal co2e = entry.getValue().multiply(factor.get());
            if (gas != Gas.CO2 && gas != Gas.CO2E && basis.isEmpty()) {
                trace.parameter("GWP " + gas.label(), factor.get(), "1", gwp.provenance(gas).describe());
            }
            gases.add(new GasResult(gas, entry.getValue(), factor.get(), co2e));
            sum = sum.add(co2e);
        }
        return sum;
    }
}
