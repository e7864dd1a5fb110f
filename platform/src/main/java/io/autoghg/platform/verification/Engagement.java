package io.autoghg.platform.verification;

import io.autoghg.platform.security.MaskedPersonalData;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/** A verifier invited to one plant's reporting year; status INVITED, or COMPLETED once a statement is issued. */
public record Engagement(long id, String plant, int year, long accountId, String username, String displayName,
                         @JsonSerialize(using = MaskedPersonalData.class) String invitedBy, Instant invitedAt, String status) {

    /** The answer to an invitation: the one-time password is set only when the account was created, and shown only here. */
    public record Invitation(Engagement engagement, boolean accountCreated, String oneTimePassword) {
    }
}
