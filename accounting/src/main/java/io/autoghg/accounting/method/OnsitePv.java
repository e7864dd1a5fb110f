package io.autoghg.accounting.method;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.Set;

/**
 * On-site PV (catalogue, B.1 row 12): generation (main input or item "generated") and export (item
 * "exported") are recorded; self-use = generated − exported carries zero emissions and is not
 * purchased electricity. For the GB/T 32150 net figure the export is valued at the grid factor.
 */
final class OnsitePv implements CalculationMethod {

    @Override
    public String name() {
        return "on-site PV";
    }

    @Override
    public MethodOutcome calculate(MethodContext ctx) {
        ctx.requireKnownItems(Set.of("", "generated", "exported"));
        BigDecimal generated = BigDecimal.ZERO;
        for (String item : new String[] {"", "generated"}) {
            if (ctx.has(item)) {
                generated = generated.add(ctx.total(item, "PV electricity generated", Units.MWH).value());
            }
        }
        BigDecimal exported = ctx.has("exported")
                ? ctx.total("exported", "PV electricity exported to the grid", Units.MWH).value() : BigDecimal.ZERO;
        if (exported.compareTo(generated) > 0) {
            throw new InvalidInputException(new InputProblem(ctx.rows("exported").get(0).location(), "quantity",
                    "source " + ctx.source().code() + ": PV export (" + exported.toPlainString() + " MWh) exceeds generation ("
                            + generated.toPlainString() + " MWh) in the reporting period"));
        }
        BigDecimal selfUsed = generated.subtract(exported);
        ctx.trace().step("self-used", "self-used = generated − exported (zero emissions, not purchased electricity)", selfUsed, "MWh");
        BigDecimal credit = BigDecimal.ZERO;
        if (exported.signum() > 0) {
            credit = exported.multiply(ctx.parameterIn("gridFactor", Units.parse("tCO2/MWh")));
            ctx.trace().step("exported electricity (GB/T 32150)", "deduction = exported × grid factor; "
                    + "GHG Protocol Scope 2 does not net exports", credit, "t");
        }
        ctx.trace().result("emissions", BigDecimal.ZERO, "t", "PV generation emits nothing");
        return new MethodOutcome().exported(exported, credit)
                .metric("generatedMWh", new Quantity(generated, Units.MWH))
                .metric("exportedMWh", new Quantity(exported, Units.MWH))
                .metric("selfUsedMWh", new Quantity(selfUsed, Units.MWH));
    }
}
