package io.autoghg.platform.quality;

/**
 * The scorecard of one source for a year: the four dimensions (0–100; null when the source has
 * nothing to measure in that dimension, e.g. an EVENT source's completeness), how many periods were
 * expected and had data, how many data rows were checked, and the shares (%) of its rows that are
 * measured (METERED/DIRECT), entered with evidence (MANUAL/INTEGRATION with evidence), estimated
 * (estimation method set) or entered without evidence.
 */
public record SourceQuality(String source, String name, String frequency, String collectionMethod, Double completeness,
                            Double accuracy, Double consistency, Double timeliness, int expectedPeriods, int periodsWithData,
                            int rows, Double measuredPct, Double evidencePct, Double estimatedPct, Double unsupportedPct,
                            int findings) {
}
