package io.autoghg.platform.source;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An emission source of a plant: a catalogue type, its organisational unit, collection method and
 * expected frequency, parameter overrides, the meters that feed it, and a screening estimate
 * (tCO2e a year) used to prioritise data collection.
 */
public record EmissionSource(long id, String code, String type, String name, String orgUnit, String collectionMethod,
                             String frequency, BigDecimal screeningEstimateTco2e, Map<String, String> parameters,
                             List<String> meters) {
}
