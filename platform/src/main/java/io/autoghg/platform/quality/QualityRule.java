package io.autoghg.platform.quality;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Optional;

/**
 * The data-quality rules with their dimension (GB/T 36344), default severity, default threshold and
 * descriptions. Codes are a public contract: findings, settings and the data dictionary use them.
 */
public enum QualityRule {
    MISSING_PERIOD("missing-period", Dimension.COMPLETENESS, Severity.ERROR, null,
            "an ended day (daily source) or month (monthly source) without data",
            "已结束的日（按日采集的排放源）或月（按月采集的排放源）没有数据",
            "none; the expected frequency is the source's (DAY, MONTH; EVENT sources expect nothing)"),
    RANGE("range", Dimension.ACCURACY, Severity.ERROR, null,
            "a datum's quantity outside the configured minimum and maximum",
            "数据数量超出配置的最小值和最大值",
            "minValue, maxValue and unit (no limits by default)"),
    RATE_OF_CHANGE("rate-of-change", Dimension.ACCURACY, Severity.WARNING, new BigDecimal("10"),
            "a daily reading more than the factor above or below the previous day's (both non-zero)",
            "日读数比前一日高或低超过倍数（两者均非零）",
            "threshold = factor (default 10)"),
    FLAT_LINE("flat-line", Dimension.ACCURACY, Severity.WARNING, new BigDecimal("4"),
            "the same non-zero daily reading on N or more days in a row: a stuck meter",
            "连续 N 日或以上读数相同且非零：仪表卡滞",
            "threshold = days (default 4)"),
    NEGATIVE("negative", Dimension.ACCURACY, Severity.ERROR, null,
            "a negative quantity (the database refuses them; kept for raw meter readings)",
            "数量为负（数据库拒绝负值；用于原始仪表读数）",
            "none"),
    COUNTER_RESET("counter-reset", Dimension.ACCURACY, Severity.WARNING, null,
            "a cumulative meter register that goes down: a reset or rollover (raw readings of the time-series feature; "
                    + "activity data are per-period quantities and never cumulative)",
            "累计计数器读数下降：复位或溢出（适用于时序功能的原始读数；活动数据为期间量，不累计）",
            "none"),
    DUPLICATE("duplicate", Dimension.CONSISTENCY, Severity.ERROR, null,
            "the same source, item, period, quantity and unit entered twice (drafts, imports, a correction that changes nothing)",
            "同一排放源、项目、期间、数量和单位被重复录入（草稿、导入、未作改变的更正）",
            "none"),
    UNIT_PLAUSIBILITY("unit-plausibility", Dimension.ACCURACY, Severity.ERROR, new BigDecimal("100"),
            "a unit whose dimension does not fit the source type's method or the meter, or a quantity per day the factor "
                    + "above or below the median of the source's own data (e.g. kWh entered as MWh)",
            "单位量纲与排放源类型的方法或仪表不符，或日均数量偏离该排放源自身中位数超过倍数（如把 kWh 录成 MWh）",
            "threshold = factor (default 100)"),
    SUB_METER("sub-meter", Dimension.CONSISTENCY, Severity.WARNING, new BigDecimal("2"),
            "the daily sum of the sub-meters against the main meter beyond the tolerance",
            "分表日合计与总表之差超出容差",
            "meter = main meter, subMeters, coverage COMPLETE (sum = main) or PARTIAL (sum ≤ main), threshold = tolerance % (default 2)"),
    INVOICE("invoice", Dimension.CONSISTENCY, Severity.WARNING, new BigDecimal("2"),
            "a month's metered total against the same source's manual (invoice) entry for that whole month beyond the tolerance",
            "某月计量合计与同一排放源该整月人工录入（发票）数之差超出容差",
            "threshold = tolerance % (default 2)"),
    ANOMALY("anomaly", Dimension.ACCURACY, Severity.WARNING, new BigDecimal("4"),
            "a daily reading far from its weekday baseline: robust z = |x − median| / (1.4826 × MAD) over the same weekday "
                    + "of the previous 8 weeks above the threshold",
            "日读数偏离其星期基线：稳健 z = |x − 中位数| / (1.4826 × MAD)（前 8 周同一星期几）超过阈值",
            "threshold = robust z (default 4)"),
    CALIBRATION_LAPSED("calibration-lapsed", Dimension.ACCURACY, Severity.WARNING, null,
            "readings of a meter dated after its calibration was due, with no newer calibration",
            "仪表在检定到期日之后、没有更新检定记录期间的读数",
            "threshold = grace days after the due date (default 0)"),
    TIMELINESS("timeliness", Dimension.TIMELINESS, Severity.INFO, null,
            "data entered later than N days after their period ended (default 2 days for the daily rows of a daily source, "
                    + "10 days for everything else)",
            "数据在其期间结束 N 日之后才录入（默认：按日采集的排放源的日数据 2 日，其余 10 日）",
            "threshold = days for every period length of the source"),
    EVIDENCE_AMOUNT_MISMATCH("evidence-amount-mismatch", Dimension.CONSISTENCY, Severity.WARNING, null,
            "the amount on a datum's evidence differs from the entered quantity by more than 2 % (evidence module)",
            "凭证金额/数量与录入数量相差超过 2 %（凭证模块）",
            "none");

    /** The GB/T 36344 dimension a rule's findings count against. */
    public enum Dimension {
        COMPLETENESS, ACCURACY, CONSISTENCY, TIMELINESS
    }

    /** How serious a finding is: errors and warnings count in the scores, info does not. */
    public enum Severity {
        ERROR, WARNING, INFO;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private final String code;
    private final Dimension dimension;
    private final Severity severity;
    private final BigDecimal defaultThreshold;
    private final String descriptionEn;
    private final String descriptionZh;
    private final String settings;

    QualityRule(String code, Dimension dimension, Severity severity, BigDecimal defaultThreshold, String descriptionEn,
                String descriptionZh, String settings) {
        this.code = code;
        this.dimension = dimension;
        this.severity = severity;
        this.defaultThreshold = defaultThreshold;
        this.descriptionEn = descriptionEn;
        this.descriptionZh = descriptionZh;
        this.settings = settings;
    }

    public String code() {
        return code;
    }

    public Dimension dimension() {
        return dimension;
    }

    public Severity severity() {
        return severity;
    }

    /** The default limit; null when the rule has none. */
    public BigDecimal defaultThreshold() {
        return defaultThreshold;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }

    /** What a setting of this rule configures. */
    public String settings() {
        return settings;
    }

    /** Rules that can be configured in quality_rule_setting (all but the evidence module's). */
    public boolean configurable() {
        return this != EVIDENCE_AMOUNT_MISMATCH;
    }

    public static Optional<QualityRule> find(String code) {
        return Arrays.stream(values()).filter(rule -> rule.code.equals(code)).findFirst();
    }
}
