package io.autoghg.platform.verification;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.security.MaskedPersonalData;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A random sample of a year's submitted data: drawn with {@code seed} from the {@code population}
 * submitted data (ordered by id), so the same seed over the same data draws the same sample.
 */
public record Sample(long id, String plant, int year, long seed, int size, int population,
                     @JsonSerialize(using = MaskedPersonalData.class) String drawnBy, Instant drawnAt, List<SampledDatum> data) {

    /** A sampled datum (as it is now: corrected data show their status and the id of their correction) with its evidence. */
    public record SampledDatum(ActivityDatum datum, List<EvidenceFile> evidence) {
    }

    /** An evidence file of a sampled datum; {@code content} is the API path of the file. */
    public record EvidenceFile(long id, String type, String fileName, String sha256, String content) {
    }
}
