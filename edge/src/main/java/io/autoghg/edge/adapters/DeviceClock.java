package io.autoghg.edge.adapters;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * A device's own clock as read poll after poll (docs/edge-gateway.md §1). A poll whose device time is not
 * after the previous poll's (a clock set back, or read twice within its resolution) is refused, because its
 * readings would repeat or go back before (meter, ts) keys already sent — with other values, which the
 * platform would take as corrections of the earlier readings.
 */
final class DeviceClock {

    private Instant last;

    /** Null when the device time can stamp this poll's readings (it is remembered), else why the poll is skipped. */
    String refusal(Instant deviceTime) {
        if (last != null && !deviceTime.isAfter(last)) {
            return "device clock " + deviceTime + " is not after the previous poll's " + last + "; poll skipped";
        }
        last = deviceTime;
        return null;
    }

    /** UTC epoch seconds as a register gives them, to the millisecond. */
    static Instant fromEpochSeconds(double seconds) {
        if (!Double.isFinite(seconds) || seconds < 0) {
            throw new IllegalArgumentException("not a time in epoch seconds: " + seconds);
        }
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole).plusMillis(Math.round((seconds - whole) * 1000));
    }

    /** An OPC UA DateTime (100 ns ticks), to the millisecond. */
    static Instant fromDateTime(Instant dateTime) {
        return dateTime.truncatedTo(ChronoUnit.MILLIS);
    }
}
