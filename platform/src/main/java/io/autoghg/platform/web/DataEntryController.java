package io.autoghg.platform.web;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityRequests.NewDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The manual entry form: one datum with its evidence files, checked by the accounting engine (and,
 * for a manual source, against its evidence's period), then the plant's new total.
 */
@ConsolePage
class DataEntryController {
    static final String[] FIELDS = {"source", "start", "end", "quantity", "unit", "item", "uncertaintyPct", "evidenceRefs", "note",
            "status", "evidenceIds"};

    private final ConsoleContext context;
    private final ActivityService activity;
    private final SourceService sources;
    private final DataTotals totals;
    private final DataForms forms;
    private final EvidencePicker picker;

    DataEntryController(ConsoleContext context, ActivityService activity, SourceService sources, DataTotals totals,
                        DataForms forms, EvidencePicker picker) {
        this.context = context;
        this.activity = activity;
        this.sources = sources;
        this.totals = totals;
        this.forms = forms;
        this.picker = picker;
    }

    @GetMapping("/data/new")
    String form(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        return show(model, sel, blank().set("source", params.getFirst("source") == null ? "" : params.getFirst("source")));
    }

    @PostMapping("/data/new")
    String enter(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/data/new";
        }
        String plant = sel.plant().code();
        DataForm form = forms.read(params, FIELDS).onNotFound("source");
        LocalDate start = form.date("start", true);
        LocalDate end = form.date("end", true);
        BigDecimal quantity = form.decimal("quantity", true);
        BigDecimal uncertainty = form.decimal("uncertaintyPct", false);
        String status = "DRAFT".equals(form.text("status")) ? "DRAFT" : "SUBMITTED";
        List<Long> evidenceIds = EvidencePicker.ticked(form);
        NewDatum request = new NewDatum(form.text("source"), start, end, quantity, form.text("unit"), form.text("item"),
                uncertainty, status, form.lines("evidenceRefs"), form.text("note"), evidenceIds);
        form.check(request);
        BigDecimal before = form.valid() ? totals.total(plant, start.getYear()) : null;
        ActivityDatum datum = form.attempt(() -> activity.enter(plant, request, Actor.current())).orElse(null);
        if (datum == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sel, form);
        }
        model.addAttribute("entered", datum);
        model.addAttribute("totalYear", start.getYear());
        model.addAttribute("totalBefore", before);
        model.addAttribute("totalAfter", totals.total(plant, start.getYear()));
        return show(model, sel, blank().set("source", datum.source()).set("unit", datum.unit()));
    }

    /** The evidence checkboxes again, for the period now in the form (htmx, when start or end changes). */
    @GetMapping("/data/new/evidence")
    String evidence(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/data/new";
        }
        show(model, sel, forms.read(params, FIELDS));
        return "evidence/picker :: picker";
    }

    private static LocalDate parse(String text) {
        try {
            return text == null || text.isBlank() ? null : LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private DataForm blank() {
        return forms.blank(FIELDS).set("status", "SUBMITTED");
    }

    private String show(Model model, Selection sel, DataForm form) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "data");
        model.addAttribute("form", form);
        if (!sel.empty()) {
            List<EmissionSource> all = sources.sources(sel.plant().code(), false);
            model.addAttribute("sources", all);
            EmissionSource source = all.stream().filter(s -> s.code().equals(form.get("source"))).findFirst().orElse(null);
            LocalDate start = parse(form.get("start"));
            LocalDate end = parse(form.get("end"));
            picker.fill(model, sel.plant().code(), start != null ? start.getYear() : sel.year(), start, end,
                    EvidencePicker.ids(form.all("evidenceIds")), source);
            model.addAttribute("evidenceRefresh", "/data/new/evidence?plant=" + sel.plant().code());
        }
        return "data/new";
    }
}
