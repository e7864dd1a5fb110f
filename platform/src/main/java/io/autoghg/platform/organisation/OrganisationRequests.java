package io.autoghg.platform.organisation;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.LocalDate;

/** Request bodies of the organisation API, validated on the way in. */
public final class OrganisationRequests {
    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";

    private OrganisationRequests() {
    }

    public record NewGroup(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank String name) {
    }

    public record NewPlant(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank String name, String group,
                           String timezone, @Pattern(regexp = "AR4|AR5|AR6") String gwp,
                           @Pattern(regexp = "OPERATIONAL_CONTROL|FINANCIAL_CONTROL|EQUITY_SHARE") String boundaryApproach,
                           @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal equitySharePct) {
    }

    public record NewOrgUnit(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank String name, String nameZh, String kind) {
    }

    public record NewEquipment(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank String name, String kind,
                               String orgUnit) {
    }

    public record NewMeter(@NotBlank @Pattern(regexp = CODE) String code, @NotBlank String measures, @NotBlank String unit,
                           String serialNumber, String accuracyClass, String orgUnit, String equipment) {
    }

    public record NewCalibration(@NotNull LocalDate calibratedOn, @NotNull LocalDate dueOn,
                                 @NotBlank @Pattern(regexp = "PASSED|ADJUSTED|FAILED|REPAIRED") String result,
                                 String certificate) {
    }
}
