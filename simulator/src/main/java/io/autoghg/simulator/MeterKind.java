package io.autoghg.simulator;

/** How a simulated meter presents its value. */
public enum MeterKind {
    /** An energy or volume register: the total since it was installed; it only grows. */
    CUMULATIVE,
    /** A flow meter's interval total: the consumption of the last completed 15-minute interval. */
    INTERVAL
}
