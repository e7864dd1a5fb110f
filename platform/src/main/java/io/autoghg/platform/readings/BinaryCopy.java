package io.autoghg.platform.readings;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Readings as the body of {@code COPY reading (meter_id, ts, value, quality, origin) FROM STDIN WITH (FORMAT binary)}
 * (PostgreSQL documentation, "COPY", Binary Format): a signature and two zero words, then per row the
 * field count and each field as length + big-endian bytes — int8, timestamptz as microseconds since
 * 2000-01-01 UTC, float8, text, text — and -1 as the trailer.
 */
final class BinaryCopy {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long POSTGRES_EPOCH_MICROS = 946_684_800L * Reading.MICROS_PER_SECOND;

    private BinaryCopy() {
    }

    static byte[] rows(List<Reading> readings, String origin) {
        byte[] originBytes = origin.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 + readings.size() * (46 + originBytes.length));
        try (DataOutputStream out = new DataOutputStream(buffer)) {
            out.write(SIGNATURE);
            out.writeInt(0);
            out.writeInt(0);
            String lastQuality = null;
            byte[] qualityBytes = null;
            for (Reading reading : readings) {
                out.writeShort(5);
                out.writeInt(8);
                out.writeLong(reading.meter().id());
                out.writeInt(8);
                out.writeLong(reading.micros() - POSTGRES_EPOCH_MICROS);
                out.writeInt(8);
                out.writeDouble(reading.value());
                if (!reading.quality().equals(lastQuality)) {
                    lastQuality = reading.quality();
                    qualityBytes = lastQuality.getBytes(StandardCharsets.US_ASCII);
                }
                out.writeInt(qualityBytes.length);
                out.write(qualityBytes);
                out.writeInt(originBytes.length);
                out.write(originBytes);
            }
            out.writeShort(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a byte array does not fail
        }
        return buffer.toByteArray();
    }
}
