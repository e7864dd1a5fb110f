package io.autoghg.platform.verification;

import io.autoghg.platform.security.MaskedPersonalData;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A verifier's finding on a plant's reporting year: what it is about (a datum, a source, a factor,
 * a request for evidence, or the inventory in general), its severity and status, and its thread,
 * which starts with the verifier's text and ends with the resolution once the finding is closed.
 */
public record Finding(long id, String plant, int year, SubjectKind subjectKind, String subjectRef, String title, Severity severity,
                      Status status, String resolution,
                      @JsonSerialize(using = MaskedPersonalData.class) String openedBy, Instant openedAt,
                      @JsonSerialize(using = MaskedPersonalData.class) String closedBy, Instant closedAt, List<Comment> thread) {

    /** What a finding is about; {@code subjectRef} names it (datum id, source code, source/parameter). */
    public enum SubjectKind { DATUM, SOURCE, FACTOR, EVIDENCE_REQUEST, GENERAL }

    /** MAJOR: may be a material misstatement; MINOR: an error below materiality; OBSERVATION: a remark. */
    public enum Severity { OBSERVATION, MINOR, MAJOR }

    /** OPEN → RESPONDED (the plant answered) → ACCEPTED (closed, satisfied) or REJECTED (closed, not satisfied). */
    public enum Status {
        OPEN, RESPONDED, ACCEPTED, REJECTED;

        public boolean closed() {
            return this == ACCEPTED || this == REJECTED;
        }
    }

    /** One message of the thread; {@code kind} is OPENED, COMMENT, RESPONSE or CLOSED. */
    public record Comment(long id, @JsonSerialize(using = MaskedPersonalData.class) String author, Instant at, String kind, String text,
                          List<Long> evidenceIds, Long datumId) {
    }
}
