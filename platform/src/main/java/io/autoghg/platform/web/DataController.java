package io.autoghg.platform.web;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.Page;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Activity data by source and period, with status and provenance; drafts are submitted from here. */
@ConsolePage
class DataController {
    static final int PAGE_SIZE = 50;
    static final List<String> STATUSES = List.of("DRAFT", "SUBMITTED", "CORRECTED");

    private final ConsoleContext context;
    private final ActivityService activity;
    private final SourceService sources;
    private final DataForms forms;
    private final EvidenceService evidence;

    DataController(ConsoleContext context, ActivityService activity, SourceService sources, DataForms forms,
                   EvidenceService evidence) {
        this.context = context;
        this.activity = activity;
        this.sources = sources;
        this.forms = forms;
        this.evidence = evidence;
    }

    /** Which rows of how many this page shows, and whether there are pages before and after it. */
    public record Pager(int page, long total, long first, long last, boolean previous, boolean next) {
        static Pager of(Page<?> page) {
            long first = page.items().isEmpty() ? 0 : (long) page.page() * page.size() + 1;
            long last = first == 0 ? 0 : first + page.items().size() - 1;
            return new Pager(page.page(), page.total(), first, last, page.page() > 0, last < page.total());
        }
    }

    @GetMapping("/data")
    String list(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        return show(model, sel, params, forms.read(params, "source", "from", "to", "status"));
    }

    @PostMapping("/data/{id}/submit")
    String submit(@PathVariable long id, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/data";
        }
        DataForm action = forms.blank();
        ActivityDatum datum = action.attempt(() -> activity.submit(sel.plant().code(), id, Actor.current())).orElse(null);
        if (datum != null) {
            model.addAttribute("done", forms.message("data.submitted", id));
        } else {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("refused", action.problems());
        }
        return show(model, sel, params, forms.read(params, "source", "from", "to", "status"));
    }

    /** A language switch on the page a submit returned asks for it with GET: show the list instead. */
    @GetMapping("/data/{id}/submit")
    String afterSubmit(@PathVariable long id, @RequestParam(required = false) String plant) {
        return "redirect:/data" + (plant == null ? "" : "?plant=" + URLEncoder.encode(plant, StandardCharsets.UTF_8));
    }

    private String show(Model model, Selection sel, MultiValueMap<String, String> params, DataForm filter) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "data");
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", STATUSES);
        if (sel.empty()) {
            return "data/list";
        }
        String plant = sel.plant().code();
        model.addAttribute("sources", sources.sources(plant, false));
        model.addAttribute("zone", ZoneId.of(sel.plant().timezone()));
        LocalDate from = filter.date("from", false);
        LocalDate to = filter.date("to", false);
        String status = filter.text("status");
        if (status != null && !STATUSES.contains(status)) {
            filter.reject("status", forms.message("data.form.choice"));
        }
        if (filter.valid()) {
            Page<ActivityDatum> page = activity.list(plant, filter.text("source"), from, to, status,
                    Math.max(0, page(params.getFirst("page"))), PAGE_SIZE);
            model.addAttribute("rows", page.items());
            model.addAttribute("linkedEvidence", evidence.linked(plant, page.items().stream().map(ActivityDatum::id).toList()));
            model.addAttribute("pager", Pager.of(page));
        }
        return "data/list";
    }

    private static int page(String text) {
        Integer page = SetupSelection.integer(text);
        return page == null ? 0 : page;
    }
}
