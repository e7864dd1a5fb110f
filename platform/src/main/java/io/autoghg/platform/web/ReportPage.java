package io.autoghg.platform.web;

import io.autoghg.platform.cycle.ReportingCycleService;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.report.ReportBasis;
import io.autoghg.platform.report.ReportFile;
import io.autoghg.platform.report.ReportRequest;
import io.autoghg.platform.report.ReportService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.web.ConsoleContext.Selection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reports page (/reports): choose year, standard, report language and format and download the
 * report; the status box says which inventory version the report of the chosen year uses — the
 * closing version of a closed period (locked) or the latest version (draft) — and is refreshed by
 * htmx when the year changes.
 */
@ConsolePage
class ReportPage {
    static final List<String> STANDARDS = List.of("gbt32150", "iso14064", "ghgp", "tables");

    private final ConsoleContext context;
    private final ReportService reports;
    private final ReportingCycleService cycle;

    ReportPage(ConsoleContext context, ReportService reports, ReportingCycleService cycle) {
        this.context = context;
        this.reports = reports;
        this.cycle = cycle;
    }

    /** What the status box shows for one year. */
    record Status(int year, ReportingPeriod period, ReportBasis basis) {
        public boolean hasInventory() {
            return basis != null;
        }
    }

    @GetMapping("/reports")
    String page(@RequestParam MultiValueMap<String, String> params, Model model, Locale locale) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        model.addAttribute("sel", sel);
        model.addAttribute("section", "reports");
        model.addAttribute("standards", STANDARDS);
        model.addAttribute("reportLang", locale.getLanguage().equals("zh") ? "zh" : "en");
        if (!sel.empty()) {
            TreeSet<Integer> years = new TreeSet<>(sel.years());
            cycle.periods(sel.plant().code()).forEach(period -> years.add(period.year()));
            model.addAttribute("reportYears", years.descendingSet());
            model.addAttribute("status", status(sel.plant().code(), sel.year()));
        }
        return "reports/index";
    }

    /** The status box alone, for htmx when the year in the form changes. */
    @GetMapping("/reports/status")
    String status(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        model.addAttribute("sel", sel);
        model.addAttribute("status", sel.empty() ? null : status(sel.plant().code(), sel.year()));
        return "reports/index :: status";
    }

    @GetMapping("/reports/download")
    ResponseEntity<byte[]> download(@RequestParam MultiValueMap<String, String> params) {
        Selection sel = SetupSelection.of(context, params);
        ReportFile file = reports.render(ReportRequest.of(sel.plant().code(), sel.year(), params.getFirst("standard"),
                params.getFirst("language"), params.getFirst("format")), Actor.current());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .body(file.content());
    }

    private Status status(String plant, int year) {
        if (year < 1990 || year > 2100) {
            return null;
        }
        return new Status(year, cycle.period(plant, year), reports.basis(plant, year).orElse(null));
    }
}
