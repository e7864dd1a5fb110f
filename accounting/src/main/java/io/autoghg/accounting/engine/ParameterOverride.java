package io.autoghg.accounting.engine;

/** A parameter a plant sets for one source: the text as written ("0.038931 GJ/Nm3 ±2%") and where. */
public record ParameterOverride(String name, String text, SourceLocation location) {
}
