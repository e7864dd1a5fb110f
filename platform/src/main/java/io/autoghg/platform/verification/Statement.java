package io.autoghg.platform.verification;

import io.autoghg.platform.security.MaskedPersonalData;
import java.math.BigDecimal;
import java.time.Instant;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A verification statement: the level of assurance, the materiality threshold, the opinion and its
 * text, and the inventory version (number, inputs hash and total) it covers.
 */
public record Statement(long id, String plant, int year, Assurance assurance, BigDecimal materialityPct, Opinion opinion, String text,
                        int inventoryVersion, String inputsHash, BigDecimal totalTco2e,
                        @JsonSerialize(using = MaskedPersonalData.class) String issuedBy, Instant issuedAt) {

    public enum Assurance { REASONABLE, LIMITED }

    public enum Opinion { UNMODIFIED, QUALIFIED, ADVERSE, DISCLAIMER }
}
