package io.autoghg.platform.report;

import io.autoghg.platform.cycle.BaseYearCheck;
import io.autoghg.platform.inventory.InventoryDiff.SourceChange;
import io.autoghg.platform.report.ReportDocument.Fact;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The base-year recalculation check in a report's base-year section: whether a recalculation is
 * needed, the change since the base year was reported against the significance threshold, the
 * largest source changes behind it, and how structural changes enter the check.
 */
final class BaseYearCheckText {
    private static final int SOURCES_SHOWN = 5;
    private static final int REASONS_SHOWN = 3;

    private final Labels l;

    BaseYearCheckText(Labels labels) {
        this.l = labels;
    }

    void write(ReportDocument.Builder doc, BaseYearCheck check) {
        String threshold = check.thresholdPct().toPlainString();
        switch (check.status()) {
            case NO_BASE_YEAR -> {
                return;
            }
            case NOT_REPORTED -> doc.paragraph(l.m("base.check.notReported", check.baseYear()));
            case WITHIN_THRESHOLD, RECALCULATION_NEEDED -> {
                String key = check.recalculationNeeded() ? "base.check.needed" : "base.check.within";
                doc.paragraph(l.m(key, check.baseYear(), pct(check.changePct()), threshold, check.reportedVersion(),
                        l.t(check.reportedTotal()), check.currentVersion(), l.t(check.currentTotal())));
                doc.facts(l.m("sheet.baseYearCheck"), facts(check, threshold));
                String changes = changes(check);
                if (!changes.isEmpty()) {
                    doc.paragraph(l.m("base.check.changes", changes));
                }
            }
        }
        doc.paragraph(l.m("base.check.structural"));
    }

    private List<Fact> facts(BaseYearCheck check, String threshold) {
        return List.of(new Fact(l.m("base.check.result"), l.m(check.recalculationNeeded() ? "base.check.result.needed" : "base.check.result.within")),
                new Fact(l.m("base.check.reported"), l.m("base.check.versionTotal", check.reportedVersion(), l.t(check.reportedTotal()))),
                new Fact(l.m("base.check.current"), l.m("base.check.versionTotal", check.currentVersion(), l.t(check.currentTotal()))),
                new Fact(l.m("base.check.change"), l.t(check.changeTco2e()) + " tCO2e (" + pct(check.changePct()) + " %)"),
                new Fact(l.m("base.check.threshold"), threshold + " %"));
    }

    /** "CO2-WELDING +10,000.000 tCO2e (datum 12 corrected by datum 340 …)" for the largest source changes; the diff's reasons first. */
    private String changes(BaseYearCheck check) {
        List<String> parts = new ArrayList<>(check.reasons());
        List<SourceChange> sources = check.sources();
        for (SourceChange source : sources.subList(0, Math.min(SOURCES_SHOWN, sources.size()))) {
            String delta = (source.delta().signum() > 0 ? "+" : "") + l.t(source.delta()) + " tCO2e";
            parts.add(source.code() + " " + delta + (source.reasons().isEmpty() ? "" : " (" + reasons(source.reasons()) + ")"));
        }
        if (sources.size() > SOURCES_SHOWN) {
            parts.add(l.m("base.check.more", sources.size() - SOURCES_SHOWN));
        }
        return String.join("; ", parts);
    }

    private String reasons(List<String> reasons) {
        String shown = String.join("; ", reasons.subList(0, Math.min(REASONS_SHOWN, reasons.size())));
        return reasons.size() > REASONS_SHOWN ? shown + "; " + l.m("base.check.more", reasons.size() - REASONS_SHOWN) : shown;
    }

    private static String pct(BigDecimal changePct) {
        return changePct == null ? "–" : changePct.toPlainString();
    }
}
