package io.autoghg.simulator;

/**
 * One simulated meter: its code and unit as in the demo plant, how it presents its value, its mean
 * consumption per hour over a year, and the weights of its load profile (base load, production-driven
 * load, HVAC); the weights need not add up to one.
 */
public record SimulatedMeter(String code, String unit, MeterKind kind, double meanPerHour, double base, double production,
                             double hvac) {

    public SimulatedMeter {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a simulated meter needs a code");
        }
        if (!(meanPerHour > 0) || base < 0 || production < 0 || hvac < 0 || base + production + hvac <= 0) {
            throw new IllegalArgumentException("meter " + code + ": mean and profile weights must be positive");
        }
    }

    /** The register's reading when the simulation starts: about three years of running at the mean rate. */
    public double initialRegister() {
        return Math.rint(meanPerHour * 24 * 365 * 3);
    }
}
