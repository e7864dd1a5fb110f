package io.autoghg.edge.adapters;

import java.util.ArrayList;
import java.util.List;

/**
 * What one poll of a device gave: good readings and the meters that could not be read (quality BAD: not
 * sent as values, counted and logged).
 */
public record PollResult(List<Reading> readings, List<BadRead> bad) {

    public record BadRead(String meter, String reason) {
    }

    public PollResult {
        readings = List.copyOf(readings);
        bad = List.copyOf(bad);
    }

    static PollResult allBad(List<String> meters, String reason) {
        List<BadRead> bad = new ArrayList<>();
        meters.forEach(m -> bad.add(new BadRead(m, reason)));
        return new PollResult(List.of(), bad);
    }
}
