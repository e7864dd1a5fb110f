package io.autoghg.platform.source;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Request bodies of the source API. */
public final class SourceRequests {
    private SourceRequests() {
    }

    public record NewSource(@NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}") String code,
                            @NotBlank String type, String name, String orgUnit,
                            @Pattern(regexp = "METERED|DIRECT|MANUAL|INTEGRATION") String collectionMethod,
                            @Pattern(regexp = "DAY|MONTH|EVENT") String frequency,
                            @PositiveOrZero BigDecimal screeningEstimateTco2e,
                            Map<String, String> parameters, List<String> meters) {
    }
}
