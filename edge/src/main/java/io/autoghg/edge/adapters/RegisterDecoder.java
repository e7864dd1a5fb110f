package io.autoghg.edge.adapters;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.WordOrder;

/** Turns 16-bit register words into a number; within a word the bytes are big-endian (Modbus). */
final class RegisterDecoder {

    private RegisterDecoder() {
    }

    static double decode(int[] words, DataType type, WordOrder order) {
        if (words.length != type.registers()) {
            throw new IllegalArgumentException(type + " needs " + type.registers() + " registers, got " + words.length);
        }
        long bits = 0;
        for (int i = 0; i < words.length; i++) {
            int word = order == WordOrder.BIG ? words[i] : words[words.length - 1 - i];
            bits = (bits << 16) | (word & 0xFFFF);
        }
        return switch (type) {
            case FLOAT64 -> Double.longBitsToDouble(bits);
            case FLOAT32 -> Float.intBitsToFloat((int) bits);
            case UINT32 -> (double) (bits & 0xFFFF_FFFFL);
            case INT32 -> (double) (int) bits;
        };
    }
}
