package io.autoghg.platform.source;

/**
 * A source's parameter overrides changed (API or plant-file import). Published inside the
 * changing transaction, so a listener that refuses the change rolls it back.
 */
public record SourceParametersChanged(String plant, String source) {
}
