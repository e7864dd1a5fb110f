package io.autoghg.platform.evidence;

/** A stored evidence file is missing or no longer matches its SHA-256 (HTTP 500); the message names the evidence. */
public class EvidenceIntegrityException extends RuntimeException {
    private final long evidenceId;

    public EvidenceIntegrityException(long evidenceId, String message) {
        super(message);
        this.evidenceId = evidenceId;
    }

    public long evidenceId() {
        return evidenceId;
    }
}
