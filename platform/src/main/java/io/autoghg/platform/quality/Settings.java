package io.autoghg.platform.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The rule settings of a plant and how they apply: the most specific setting wins — a meter of a
 * source, then the meter, then the source, then the plant-wide one — and without one the rule's
 * default applies.
 */
final class Settings {
    private final List<RuleSetting> all;

    Settings(List<RuleSetting> all) {
        this.all = List.copyOf(all);
    }

    static Settings none() {
        return new Settings(List.of());
    }

    Optional<RuleSetting> find(QualityRule rule, String source, String meter) {
        for (String[] scope : new String[][] {{source, meter}, {null, meter}, {source, null}, {null, null}}) {
            Optional<RuleSetting> found = all.stream().filter(s -> s.rule().equals(rule.code())
                    && Objects.equals(s.source(), scope[0]) && Objects.equals(s.meter(), scope[1])).findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    boolean enabled(QualityRule rule, String source, String meter) {
        return find(rule, source, meter).map(RuleSetting::enabled).orElse(true);
    }

    /** The configured threshold, else the rule's default, else {@code fallback}. */
    double threshold(QualityRule rule, String source, String meter, double fallback) {
        BigDecimal value = find(rule, source, meter).map(RuleSetting::threshold)
                .orElse(rule.defaultThreshold());
        return value == null ? fallback : value.doubleValue();
    }

    /** The configured threshold only (no default). */
    Optional<BigDecimal> configuredThreshold(QualityRule rule, String source, String meter) {
        return find(rule, source, meter).map(RuleSetting::threshold);
    }

    List<RuleSetting> of(QualityRule rule) {
        return all.stream().filter(s -> s.rule().equals(rule.code())).toList();
    }

    List<RuleSetting> all() {
        return all;
    }
}
