package io.autoghg.accounting.engine;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.Scope;
import io.autoghg.accounting.method.Quadrature;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/** Sums source results into the plant's totals and breakdowns. */
final class Aggregator {
    private final List<SourceResult> results;

    Aggregator(List<SourceResult> results) {
        this.results = results;
    }

    Totals totals() {
        BigDecimal scope1 = sum(Scope.SCOPE1, SourceResult::tco2e);
        BigDecimal scope2Location = sum(Scope.SCOPE2, SourceResult::tco2e);
        BigDecimal scope2Market = sum(Scope.SCOPE2, SourceResult::tco2eMarket);
        BigDecimal scope3 = sum(Scope.SCOPE3, SourceResult::tco2e);
        BigDecimal exportCredit = results.stream().map(SourceResult::exportCreditTco2).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal memo = results.stream().flatMap(result -> result.memo().stream()).map(GasResult::massT)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Totals(scope1.add(scope2Location).add(scope3), scope1, scope2Location, scope2Market, scope3,
                scope1.add(scope2Market).add(scope3), exportCredit, scope1.add(scope2Location).subtract(exportCredit), memo);
    }

    private BigDecimal sum(Scope scope, Function<SourceResult, BigDecimal> value) {
        return results.stream().filter(result -> result.scope() == scope).map(value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Aggregation aggregation() {
        Map<String, BigDecimal> byType = new LinkedHashMap<>();
        Map<String, BigDecimal> byGas = new LinkedHashMap<>();
        Map<String, BigDecimal> byGasMass = new LinkedHashMap<>();
        Map<String, BigDecimal> byScope3 = new TreeMap<>();
        Map<Integer, BigDecimal> byIso = new TreeMap<>();
        Map<String, BigDecimal> byUnit = new TreeMap<>();
        SortedMap<YearMonth, BigDecimal> byMonth = new TreeMap<>();
        for (SourceResult result : results) {
            byType.merge(result.type().code(), result.tco2e(), BigDecimal::add);
            for (GasResult gas : result.gases()) {
                byGas.merge(gas.label(), gas.tco2e(), BigDecimal::add);
                if (gas.gas() != Gas.CO2E) {
                    byGasMass.merge(gas.label(), gas.massT(), BigDecimal::add);
                }
            }
            if (result.scope() == Scope.SCOPE3) {
                byScope3.merge(result.type().scope3Category(), result.tco2e(), BigDecimal::add);
            }
            byIso.merge(result.type().isoCategory().number(), result.tco2e(), BigDecimal::add);
            byUnit.merge(result.orgUnit() == null ? "(none)" : result.orgUnit(), result.tco2e(), BigDecimal::add);
            result.monthly().forEach((month, value) -> byMonth.merge(month, value, BigDecimal::add));
        }
        Totals totals = totals();
        Map<String, BigDecimal> byScope = new LinkedHashMap<>();
        byScope.put("scope1", totals.scope1());
        byScope.put("scope2Location", totals.scope2Location());
        byScope.put("scope2Market", totals.scope2Market());
        byScope.put("scope3", totals.scope3());
        return new Aggregation(byType, byGas, byGasMass, byScope, byScope3, byIso, byUnit, byMonth);
    }

    /** U = √(Σ(Uᵢ·xᵢ)²) / |Σxᵢ| over the sources that carry an uncertainty; null when none does. */
    BigDecimal uncertaintyPct() {
        BigDecimal total = results.stream().map(SourceResult::tco2e).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal root = Quadrature.root(results.stream().filter(result -> result.uncertaintyPct() != null)
                .map(result -> result.uncertaintyPct().multiply(result.tco2e())).toList());
        if (root == null || total.signum() == 0) {
            return null;
        }
        return root.divide(total.abs(), Units.MATH);
    }
}
