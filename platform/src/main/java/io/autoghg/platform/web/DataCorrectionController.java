package io.autoghg.platform.web;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityRequests.Correction;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Corrects a submitted datum with a reason; the old datum is kept and the whole chain is shown. The
 * correction carries the evidence files ticked on the form (those of the old datum at first).
 */
@ConsolePage
class DataCorrectionController {
    static final String[] FIELDS = {"quantity", "unit", "reason", "evidenceRefs", "evidenceIds"};

    private final ConsoleContext context;
    private final ActivityService activity;
    private final DataTotals totals;
    private final DataForms forms;
    private final EvidenceService evidence;
    private final EvidencePicker picker;
    private final SourceService sources;

    DataCorrectionController(ConsoleContext context, ActivityService activity, DataTotals totals, DataForms forms,
                             EvidenceService evidence, EvidencePicker picker, SourceService sources) {
        this.context = context;
        this.activity = activity;
        this.totals = totals;
        this.forms = forms;
        this.evidence = evidence;
        this.picker = picker;
        this.sources = sources;
    }

    @GetMapping("/data/{id}/correct")
    String form(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/data";
        }
        ActivityDatum datum = activity.datum(sel.plant().code(), id);
        return show(model, sel, datum, prefilled(sel.plant().code(), datum));
    }

    @PostMapping("/data/{id}/correct")
    String correct(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                   HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/data";
        }
        String plant = sel.plant().code();
        ActivityDatum old = activity.datum(plant, id);
        DataForm form = forms.read(params, FIELDS);
        BigDecimal quantity = form.decimal("quantity", true);
        List<String> references = form.lines("evidenceRefs");
        List<Long> evidenceIds = EvidencePicker.ticked(form);
        Correction correction = new Correction(quantity, form.text("unit"), null, null, null, form.text("reason"),
                references.isEmpty() ? null : references, evidenceIds);
        form.check(correction);
        ActivityDatum corrected = form.attempt(() -> activity.correct(plant, id, correction, Actor.current())).orElse(null);
        if (corrected == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sel, old, form);
        }
        model.addAttribute("corrected", corrected);
        model.addAttribute("totalYear", corrected.start().getYear());
        model.addAttribute("totalAfter", totals.total(plant, corrected.start().getYear()));
        return show(model, sel, corrected, prefilled(plant, corrected));
    }

    private DataForm prefilled(String plant, ActivityDatum datum) {
        DataForm form = forms.blank(FIELDS).set("quantity", datum.quantity().toPlainString()).set("unit", datum.unit())
                .set("evidenceRefs", String.join("\n", datum.evidenceRefs()));
        form.setAll("evidenceIds", evidence.linked(plant, datum.id()).stream().map(e -> String.valueOf(e.id())).toList());
        return form;
    }

    private String show(Model model, Selection sel, ActivityDatum datum, DataForm form) {
        String plant = sel.plant().code();
        ActivityDatum newest = datum;
        while (newest.correctedById() != null) {
            newest = activity.datum(plant, newest.correctedById());
        }
        model.addAttribute("sel", sel);
        model.addAttribute("section", "data");
        model.addAttribute("datum", datum);
        List<ActivityDatum> chain = activity.history(plant, newest.id());
        model.addAttribute("chain", chain);
        model.addAttribute("zone", ZoneId.of(sel.plant().timezone()));
        model.addAttribute("form", form);
        picker.fill(model, plant, datum.start().getYear(), datum.start(), datum.end(), EvidencePicker.ids(form.all("evidenceIds")),
                sources.source(plant, datum.source()));
        model.addAttribute("linkedEvidence", evidence.linked(plant, chain.stream().map(ActivityDatum::id).toList()));
        return "data/correct";
    }
}
