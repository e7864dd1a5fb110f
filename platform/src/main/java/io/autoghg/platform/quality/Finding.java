package io.autoghg.platform.quality;

import java.time.LocalDate;
import java.util.List;

/**
 * One open data-quality issue: the rule that raised it, the source and meter (null when it does not
 * apply), the period it concerns ({@code from} inclusive, {@code to} exclusive, like activity
 * periods), its severity ({@code error}, {@code warning}, {@code info}) and an explanation that
 * gives the figures behind it; plus the item and the ids of the data it concerns.
 */
public record Finding(String rule, String source, String meter, LocalDate from, LocalDate to, String severity,
                      String explanation, String item, List<Long> data) {

    public Finding {
        data = data == null ? List.of() : List.copyOf(data);
    }

    static Finding of(QualityRule rule, String source, String meter, String item, LocalDate from, LocalDate to,
                      String explanation, List<Long> data) {
        return new Finding(rule.code(), source, meter, from, to, rule.severity().code(), explanation, item, data);
    }

    Finding withSeverity(QualityRule.Severity severity) {
        return new Finding(rule, source, meter, from, to, severity.code(), explanation, item, data);
    }
}
