package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a method computed for one source: mass per gas in tonnes; for electricity also the
 * market-based masses; for on-site PV the exported electricity (GB/T 32150 netting) and metrics.
 */
public final class MethodOutcome {
    private final Map<Gas, BigDecimal> gases = new EnumMap<>(Gas.class);
    /** One view, so that callers can tell "no market-based masses" by identity (marketGases() == gases()). */
    private final Map<Gas, BigDecimal> gasesView = Collections.unmodifiableMap(gases);
    private Map<Gas, BigDecimal> marketGases;
    private BigDecimal exportedMWh = BigDecimal.ZERO;
    private BigDecimal exportCreditTco2 = BigDecimal.ZERO;
    private final Map<String, Quantity> metrics = new LinkedHashMap<>();

    public MethodOutcome emit(Gas gas, BigDecimal tonnes) {
        gases.merge(gas, tonnes, BigDecimal::add);
        return this;
    }

    /** Market-based masses; sources that set none are the same under both Scope 2 methods. */
    public MethodOutcome emitMarketBased(Gas gas, BigDecimal tonnes) {
        if (marketGases == null) {
            marketGases = new EnumMap<>(Gas.class);
        }
        marketGases.merge(gas, tonnes, BigDecimal::add);
        return this;
    }

    /** Electricity exported to the grid and the emissions GB/T 32150 deducts for it (exported × grid factor). */
    public MethodOutcome exported(BigDecimal megawattHours, BigDecimal creditTco2) {
        exportedMWh = megawattHours;
        exportCreditTco2 = creditTco2;
        return this;
    }

    public MethodOutcome metric(String name, Quantity value) {
        metrics.put(name, value);
        return this;
    }

    public Map<Gas, BigDecimal> gases() {
        return gasesView;
    }

    public Map<Gas, BigDecimal> marketGases() {
        return marketGases == null ? gasesView : Collections.unmodifiableMap(marketGases);
    }

    public BigDecimal exportedMWh() {
        return exportedMWh;
    }

    public BigDecimal exportCreditTco2() {
        return exportCreditTco2;
    }

    public Map<String, Quantity> metrics() {
        return Collections.unmodifiableMap(metrics);
    }
}
