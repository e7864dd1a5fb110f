package io.autoghg.platform.evidence;

/** An evidence file's bytes, read and checked against the record's SHA-256. */
public record EvidenceContent(Evidence evidence, byte[] bytes) {
}
