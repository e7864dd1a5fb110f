package io.autoghg.accounting.method;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Fuel combustion (methodology §2): CO2 = FC × NCV × CC × OF × 44/12, or FC × EF with a direct
 * factor; CH4 and N2O when per-gas factors are given; CO2 measured by CEMS (item "measured") wins.
 */
final class FuelCombustion implements CalculationMethod {

    @Override
    public String name() {
        return "fuel combustion";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "measured"));
        MethodOutcome outcome = new MethodOutcome();
        if (ctx.has("measured")) {
            ActivityTotal measured = ctx.total("measured", "CO2 measured directly (CEMS)", Units.TCO2);
            ctx.trace().step("CO2", "CO2 = Σ measured CO2 (direct measurement wins over fuel-based calculation)",
                    measured.value(), "t");
            outcome.emit(Gas.CO2, measured.value());
            if (!ctx.has("")) {
                return outcome;
            }
            ctx.trace().note("fuel rows are present too; CO2 follows the direct measurement, CH4 and N2O the fuel");
        }
        Basis basis = new Basis(ctx);
        if (ctx.has("measured")) {
            addOtherGases(ctx, basis, outcome);
            return outcome;
        }
        Optional<ResolvedParameter> directFactor = ctx.optionalParameter("emissionFactor");
        if (directFactor.isPresent()) {
            outcome.emit(Gas.CO2, byFactor(ctx, basis, directFactor.get(), "CO2"));
        } else {
            outcome.emit(Gas.CO2, byCarbonContent(ctx, basis));
        }
        addOtherGases(ctx, basis, outcome);
        return outcome;
    }

    private void addOtherGases(MethodContext ctx, Basis basis, MethodOutcome outcome) {
        ctx.optionalParameter("emissionFactorCH4").ifPresent(f -> outcome.emit(Gas.CH4, byFactor(ctx, basis, f, "CH4")));
        ctx.optionalParameter("emissionFactorN2O").ifPresent(f -> outcome.emit(Gas.N2O, byFactor(ctx, basis, f, "N2O")));
    }

    /** Energy and fuel totals computed once per calculation, so the trace shows each once. */
    private static final class Basis {
        private final MethodContext ctx;
        private BigDecimal energy;
        private final java.util.Map<Dimension, BigDecimal> fuel = new java.util.EnumMap<>(Dimension.class);

        Basis(MethodContext ctx) {
            this.ctx = ctx;
        }

        BigDecimal energyGJ() {
            if (energy == null) {
                energy = computeEnergy(ctx);
            }
            return energy;
        }

        BigDecimal fuelIn(Dimension dimension) {
            return fuel.computeIfAbsent(dimension,
                    d -> ctx.total("", "fuel consumed", Formula.canonical(d), "density").value());
        }
    }

    private BigDecimal byCarbonContent(MethodContext ctx, Basis basis) {
        BigDecimal energy = basis.energyGJ();
        BigDecimal carbonContent = ctx.parameterIn("carbonContent", Units.parse("tC/GJ"));
        BigDecimal oxidation = ctx.parameterIn("oxidation", Units.FRACTION);
        BigDecimal carbon = energy.multiply(carbonContent);
        ctx.trace().step("carbon", "carbon = energy × carbon content", carbon, "tC");
        BigDecimal co2 = Formula.times(carbon, oxidation, Formula.CO2_PER_C);
        ctx.trace().step("CO2", "CO2 = carbon × oxidation × 44/12", co2, "t");
        return co2;
    }

    private static BigDecimal computeEnergy(MethodContext ctx) {
        ResolvedParameter ncv = ctx.parameter("ncv", "net calorific value");
        Unit ncvUnit = ncv.value().unit();
        if (!ncvUnit.isRatio() || ncvUnit.numerator() != Dimension.ENERGY) {
            throw ctx.problem("parameters.ncv", "ncv = " + ncv.value() + " must be energy per quantity, e.g. GJ/t or GJ/Nm3");
        }
        Unit fuelUnit = Formula.canonical(ncvUnit.denominator());
        BigDecimal ncvValue = ctx.valueIn(ncv, Formula.per(Units.GJ, ncvUnit.denominator()));
        ActivityTotal fuel = ctx.total("", "fuel consumed", fuelUnit, "density");
        BigDecimal energy = fuel.value().multiply(ncvValue);
        ctx.trace().step("energy", "energy = fuel consumed × NCV", energy, "GJ");
        return energy;
    }

    private BigDecimal byFactor(MethodContext ctx, Basis basis, ResolvedParameter factor, String gas) {
        Unit unit = factor.value().unit();
        // mass of gas per mass of fuel (tCO2/t, kg/t) parses as a dimensionless ratio
        boolean perFuelMass = unit.isDimensionless() && unit.symbol().contains("/");
        if (!perFuelMass && (!unit.isRatio() || unit.numerator() != Dimension.MASS)) {
            throw ctx.problem("parameters." + factor.name(), factor.name() + " = " + factor.value()
                    + " must be a mass of " + gas + " per quantity, e.g. tCO2/t, kg/TJ, kgCO2/L");
        }
        Dimension per = perFuelMass ? Dimension.MASS : unit.denominator();
        BigDecimal perUnit = perFuelMass ? ctx.valueIn(factor, Units.FRACTION) : ctx.valueIn(factor, Formula.per(Units.T, per));
        BigDecimal amount = per == Dimension.ENERGY ? basis.energyGJ() : basis.fuelIn(per);
        BigDecimal mass = amount.multiply(perUnit);
        ctx.trace().step(gas, gas + " = " + (per == Dimension.ENERGY ? "energy" : "fuel consumed")
                + " × " + factor.name(), mass, "t");
        return mass;
    }
}
