package io.autoghg.platform.activity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A stored activity datum with its provenance: how it was collected, by whom or which system, when,
 * from which file and row or meter, its evidence, and its place in a correction chain
 * ({@code correctsId} points to the datum it replaced; {@code correctedById} to the one that replaced it),
 * and {@code estimationMethod} when the datum is an estimate that filled a gap.
 */
public record ActivityDatum(long id, String source, LocalDate start, LocalDate end, BigDecimal quantity, String unit,
                            String item, BigDecimal uncertaintyPct, String status, String collectionMethod,
                            @tools.jackson.databind.annotation.JsonSerialize(using = io.autoghg.platform.security.MaskedPersonalData.class) String enteredBy,
                            Instant enteredAt, String originFile, Integer originRow, String originMeter, Long importId,
                            Long correctsId, String correctionReason, Long correctedById, List<String> evidenceRefs,
                            String note, String estimationMethod) {
}
