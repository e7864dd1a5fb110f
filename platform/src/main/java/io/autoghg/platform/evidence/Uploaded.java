package io.autoghg.platform.evidence;

/** The outcome of an upload: the record, and whether it is new (false: the plant had the same file already). */
public record Uploaded(Evidence evidence, boolean created) {
}
