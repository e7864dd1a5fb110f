package io.autoghg.accounting.method;

/** One way of turning a source's activity data and parameters into gas masses, recorded in the trace. */
public interface CalculationMethod {

    /** Short name shown in the trace, e.g. "fuel combustion". */
    String name();

    MethodOutcome calculate(MethodContext context);
}
