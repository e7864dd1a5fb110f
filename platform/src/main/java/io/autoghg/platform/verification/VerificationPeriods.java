package io.autoghg.platform.verification;

import io.autoghg.platform.cycle.PeriodState;
import io.autoghg.platform.cycle.ReportingCycleService;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** What the verification services share: the plant and year of a request, the period's state, input parsing. */
@Component
class VerificationPeriods {
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final OrganisationService organisation;
    private final ReportingCycleService cycle;

    VerificationPeriods(OrganisationService organisation, ReportingCycleService cycle) {
        this.organisation = organisation;
        this.cycle = cycle;
    }

    /** The plant's id (404 when unknown), after checking the year (400). */
    long plantId(String plant, int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BadRequestException("year", "year must be between " + FIRST_YEAR + " and " + LAST_YEAR + ", not " + year);
        }
        return organisation.plant(plant).id();
    }

    PeriodState state(String plant, int year) {
        return cycle.period(plant, year).state();
    }

    /** A closed year takes no new verification work until it is reopened (409). */
    void requireNotClosed(String plant, int year) {
        if (state(plant, year) == PeriodState.CLOSED) {
            throw new ConflictException("the reporting period " + year + " of plant " + plant + " is closed; reopen it with a reason first");
        }
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new BadRequestException(field, field + " is required");
        }
        return value.strip();
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        String text = required(field, value);
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(field, "'" + text + "' is not one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
