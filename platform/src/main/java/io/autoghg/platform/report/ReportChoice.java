package io.autoghg.platform.report;

import io.autoghg.platform.support.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Parses one of a report's choices (standard, language, format) from its lower-case code; 400 naming the field otherwise. */
final class ReportChoice {
    private ReportChoice() {
    }

    static <E extends Enum<E>> E parse(E[] choices, Function<E, String> code, String field, String what, String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(choices).filter(choice -> code.apply(choice).equals(wanted)).findFirst()
                .orElseThrow(() -> new BadRequestException(field, "'" + value + "' is not a report " + what + "; use one of "
                        + Arrays.stream(choices).map(code).collect(Collectors.joining(", "))));
    }
}
