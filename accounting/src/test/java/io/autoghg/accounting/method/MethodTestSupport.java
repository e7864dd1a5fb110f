package io.autoghg.accounting.method;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.engine.GasResult;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.SourceResult;
import io.autoghg.accounting.testing.TestPlants;
import io.autoghg.accounting.trace.TraceEntry;
import io.autoghg.accounting.trace.TraceEntry.Kind;
import java.math.BigDecimal;
import java.util.List;
import org.assertj.core.data.Offset;

/** Small helpers shared by the method, catalogue and parameter tests: reading results, traces and problems. */
public final class MethodTestSupport {
    /** Only for results whose exact decimal is infinite (a division by 3.6, 12, 26.04 or 365 on the way). */
    public static final Offset<BigDecimal> TOLERANCE = within(new BigDecimal("1e-9"));

    private MethodTestSupport() {
    }

    /** The one source of a single-source test plant, calculated for 2025. */
    public static SourceResult source(TestPlants plant) {
        InventoryResult result = plant.calculate(2025);
        assertThat(result.sources()).hasSize(1);
        return result.sources().get(0);
    }

    /** Mass in tonnes of one gas of a source; fails when the source did not emit it. */
    public static BigDecimal mass(SourceResult source, Gas gas) {
        return gasResult(source, gas).massT();
    }

    public static GasResult gasResult(SourceResult source, Gas gas) {
        return source.gases().stream().filter(result -> result.gas() == gas).findFirst()
                .orElseThrow(() -> new AssertionError("source " + source.code() + " emits no " + gas + ": " + source.gases()));
    }

    /** The first trace entry of a kind and name; fails when there is none. */
    public static TraceEntry trace(SourceResult source, Kind kind, String name) {
        return source.trace().stream().filter(entry -> entry.kind() == kind && entry.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " '" + name + "' in the trace of " + source.code()
                        + ": " + source.trace()));
    }

    public static TraceEntry parameter(SourceResult source, String name) {
        return trace(source, Kind.PARAMETER, name);
    }

    public static TraceEntry input(SourceResult source, String name) {
        return trace(source, Kind.INPUT, name);
    }

    public static TraceEntry step(SourceResult source, String name) {
        return trace(source, Kind.STEP, name);
    }

    public static List<String> notes(SourceResult source) {
        return source.trace().stream().filter(entry -> entry.kind() == Kind.NOTE).map(TraceEntry::detail).toList();
    }

    /** The single problem of the InvalidInputException the calculation throws. */
    public static InputProblem problemOf(TestPlants plant) {
        InvalidInputException thrown = catchThrowableOfType(InvalidInputException.class, () -> plant.calculate(2025));
        assertThat(thrown).as("calculation should fail with InvalidInputException").isNotNull();
        assertThat(thrown.problems()).hasSize(1);
        return thrown.problems().get(0);
    }

    public static BigDecimal bd(String value) {
        return new BigDecimal(value);
    }
}
