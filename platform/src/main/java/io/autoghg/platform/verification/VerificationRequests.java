package io.autoghg.platform.verification;

import java.math.BigDecimal;
import java.util.List;

/** The bodies of the verification API (docs/verification.md §6), also used by the console. */
public final class VerificationRequests {
    private VerificationRequests() {
    }

    public record NewInvitation(String username, String displayName, String email) {
    }

    public record NewFinding(String subjectKind, String subjectRef, String title, String text, String severity) {
    }

    /** A comment or a response; {@code evidenceIds} and {@code datumId} point to what answers the finding. */
    public record NewComment(String text, List<Long> evidenceIds, Long datumId) {
    }

    public record Closing(String status, String resolution) {
    }

    public record NewSample(Integer size, Long seed) {
    }

    public record NewStatement(String assurance, BigDecimal materialityPct, String opinion, String text) {
    }
}
