package io.autoghg.platform.web;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.quality.FillRequest;
import io.autoghg.platform.quality.Finding;
import io.autoghg.platform.quality.QualityReport;
import io.autoghg.platform.quality.QualityRule;
import io.autoghg.platform.quality.QualityService;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The data-quality page (/quality): the four GB/T 36344 scores, the findings with their
 * explanations (filtered by rule, severity and source), per source the shares of measured, evidenced
 * and estimated data, the completeness trend by month, the meters with their calibration, a form
 * that fills a gap by a documented method, and the data dictionary as XLSX.
 */
@ConsolePage
class QualityPage {
    static final List<String> METHODS = List.of("linear", "same-day-last-week", "production-regression");
    static final List<String> SEVERITIES = List.of("error", "warning", "info");

    private final ConsoleContext context;
    private final QualityService quality;
    private final SourceService sources;

    QualityPage(ConsoleContext context, QualityService quality, SourceService sources) {
        this.context = context;
        this.quality = quality;
        this.sources = sources;
    }

    @GetMapping("/quality")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        Map<String, String> fill = new LinkedHashMap<>();
        fill.put("method", "linear");
        return show(model, sel, params.getFirst("rule"), params.getFirst("severity"), params.getFirst("source"), fill);
    }

    /** A language switch on the page a fill returned asks for it with GET: show the page. */
    @GetMapping("/quality/fill")
    String afterFill(@RequestParam MultiValueMap<String, String> params, Model model) {
        return page(params, model);
    }

    @PostMapping("/quality/fill")
    String fill(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        Map<String, String> form = new LinkedHashMap<>();
        for (String field : List.of("source", "item", "from", "to", "method")) {
            form.put(field, params.getFirst(field) == null ? "" : params.getFirst(field).strip());
        }
        List<String> problems = new ArrayList<>();
        if (sel.empty()) {
            return "redirect:/quality";
        }
        LocalDate from = date(form.get("from"), "from", problems);
        LocalDate to = date(form.get("to"), "to", problems);
        if (form.get("source").isEmpty()) {
            problems.add("source: choose a source");
        }
        if (!METHODS.contains(form.get("method"))) {
            problems.add("method: choose a method");
        }
        if (problems.isEmpty()) {
            try {
                List<ActivityDatum> rows = quality.fill(sel.plant().code(), new FillRequest(form.get("source"), form.get("item"), from,
                        to.plusDays(1), form.get("method")), Actor.current());
                model.addAttribute("filled", rows);
            } catch (BadRequestException e) {
                problems.add(e.field() + ": " + e.getMessage());
            } catch (ConflictException e) {
                problems.add(e.getMessage());
            } catch (InvalidInputException e) {
                for (InputProblem problem : e.problems()) {
                    problems.add(problem.field() + ": " + problem.message());
                }
            }
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("fillProblems", problems);
        }
        return show(model, sel, null, null, null, form);
    }

    @GetMapping("/quality/data-dictionary.xlsx")
    ResponseEntity<byte[]> dictionary() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"autoghg-data-dictionary.xlsx\"")
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(quality.dataDictionaryXlsx());
    }

    private static LocalDate date(String text, String field, List<String> problems) {
        if (text == null || text.isBlank()) {
            problems.add(field + ": give a date");
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            problems.add(field + ": '" + text + "' is not a date (YYYY-MM-DD)");
            return null;
        }
    }

    /** A finding as the table shows it. */
    record Row(String severity, String rule, String source, String meter, LocalDate from, LocalDate last, String explanation) {
    }

    private String show(Model model, Selection sel, String ruleFilter, String severityFilter, String sourceFilter,
                        Map<String, String> fill) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "quality");
        model.addAttribute("fill", fill);
        model.addAttribute("methods", METHODS);
        model.addAttribute("severities", SEVERITIES);
        if (sel.empty()) {
            return "quality/index";
        }
        String plant = sel.plant().code();
        QualityReport report = quality.report(plant, sel.year());
        model.addAttribute("report", report);
        model.addAttribute("computed", java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(report.computedAt().atZone(java.time.ZoneId.of(sel.plant().timezone()))));
        String rule = blankToNull(ruleFilter);
        String severity = blankToNull(severityFilter);
        String source = blankToNull(sourceFilter);
        model.addAttribute("filter", Map.of("rule", rule == null ? "" : rule, "severity", severity == null ? "" : severity,
                "source", source == null ? "" : source));
        List<Row> rows = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if ((rule == null || rule.equals(finding.rule())) && (severity == null || severity.equals(finding.severity()))
                    && (source == null || source.equals(finding.source()))) {
                rows.add(new Row(finding.severity(), finding.rule(), finding.source(), finding.meter(), finding.from(),
                        finding.to() == null ? null : finding.to().minusDays(1), finding.explanation()));
            }
        }
        model.addAttribute("rows", rows.stream().filter(row -> !"info".equals(row.severity())).toList());
        model.addAttribute("infoRows", rows.stream().filter(row -> "info".equals(row.severity())).toList());
        model.addAttribute("shown", rows.size());
        model.addAttribute("rules", Arrays.stream(QualityRule.values()).map(QualityRule::code).toList());
        model.addAttribute("findingSources", new TreeSet<>(report.findings().stream().map(Finding::source)
                .filter(code -> code != null).toList()));
        List<EmissionSource> fillable = sources.sources(plant, false).stream()
                .filter(s -> "DAY".equals(s.frequency()) || "MONTH".equals(s.frequency())).toList();
        model.addAttribute("fillSources", fillable);
        model.addAttribute("today", LocalDate.now(java.time.ZoneId.of(sel.plant().timezone())));
        return "quality/index";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
