package io.autoghg.simulator;

/**
 * The Modbus register contract (docs/simulator.md): unit id 1; holding registers 0–1 the simulated
 * time as epoch seconds, uint32, high word first; meter i (0-based, configured order) at holding
 * registers 100 + 4i … 103 + 4i, its value as an IEEE-754 float64, big-endian, high word first.
 */
public final class RegisterMap {
    public static final int UNIT_ID = 1;
    public static final int CLOCK_REGISTER = 0;
    public static final int FIRST_METER_REGISTER = 100;
    public static final int REGISTERS_PER_METER = 4;

    private RegisterMap() {
    }

    /** The first holding register of the meter at this index. */
    public static int meterRegister(int index) {
        return FIRST_METER_REGISTER + REGISTERS_PER_METER * index;
    }

    /** How many holding registers a map of this many meters has (0 … last meter's last register). */
    public static int size(int meters) {
        return meterRegister(meters);
    }

    /** All register words for the simulated time and the values; unused registers are 0. */
    public static int[] words(long epochSeconds, double[] values) {
        int[] words = new int[size(values.length)];
        words[CLOCK_REGISTER] = (int) (epochSeconds >>> 16) & 0xFFFF;
        words[CLOCK_REGISTER + 1] = (int) epochSeconds & 0xFFFF;
        for (int i = 0; i < values.length; i++) {
            long bits = Double.doubleToLongBits(values[i]);
            int first = meterRegister(i);
            for (int w = 0; w < REGISTERS_PER_METER; w++) {
                words[first + w] = (int) (bits >>> (48 - 16 * w)) & 0xFFFF;
            }
        }
        return words;
    }

    /** Word w (0 = high … 3 = low) of a value as an IEEE-754 float64. */
    public static int valueWord(double value, int w) {
        return (int) (Double.doubleToLongBits(value) >>> (48 - 16 * w)) & 0xFFFF;
    }

    /** Word w (0 = high, 1 = low) of epoch seconds as a uint32. */
    public static int clockWord(long epochSeconds, int w) {
        return (int) (epochSeconds >>> (16 - 16 * w)) & 0xFFFF;
    }

    /** Decodes four register words (high first) into the float64 they carry. */
    public static double toDouble(int w0, int w1, int w2, int w3) {
        long bits = ((long) (w0 & 0xFFFF) << 48) | ((long) (w1 & 0xFFFF) << 32) | ((long) (w2 & 0xFFFF) << 16) | (w3 & 0xFFFF);
        return Double.longBitsToDouble(bits);
    }

    /** Decodes two register words (high first) into the uint32 they carry. */
    public static long toUint32(int high, int low) {
        return ((long) (high & 0xFFFF) << 16) | (low & 0xFFFF);
    }
}
