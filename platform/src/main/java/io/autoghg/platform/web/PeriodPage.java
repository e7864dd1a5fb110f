package io.autoghg.platform.web;

import io.autoghg.platform.cycle.BaseYearPolicy;
import io.autoghg.platform.cycle.ReportingCycleService;
import io.autoghg.platform.cycle.ReportingPeriod;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The reporting-cycle page (/periods): each year's state, base-year flag and history, with a button
 * for every allowed transition (a reason field for steps back and for reopening a closed year), and
 * the base-year recalculation check when the plant has a base year the caller may read.
 */
@ConsolePage
class PeriodPage {

    private final ConsoleContext context;
    private final ReportingCycleService cycle;
    private final BaseYearPolicy baseYears;

    PeriodPage(ConsoleContext context, ReportingCycleService cycle, BaseYearPolicy baseYears) {
        this.context = context;
        this.cycle = cycle;
        this.baseYears = baseYears;
    }

    @GetMapping({"/periods", "/periods/transition", "/periods/reopen"})
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year")));
        return show(model, sel);
    }

    @PostMapping("/periods/transition")
    String transition(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response,
                (plant, year) -> cycle.transition(plant, year, params.getFirst("to"), params.getFirst("reason"), Actor.current()));
    }

    @PostMapping("/periods/reopen")
    String reopen(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response, (plant, year) -> cycle.reopen(plant, year, params.getFirst("reason"), Actor.current()));
    }

    /** Runs a change of the chosen period and shows the page again, with the problems if it was refused. */
    private String change(MultiValueMap<String, String> params, Model model, HttpServletResponse response,
                          java.util.function.BiConsumer<String, Integer> action) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/periods";
        }
        Integer year = SetupSelection.integer(params.getFirst("period"));
        List<String> problems = new ArrayList<>();
        try {
            if (year == null) {
                throw new BadRequestException("period", "choose a year");
            }
            action.accept(sel.plant().code(), year);
        } catch (BadRequestException e) {
            problems.add(e.field() + ": " + e.getMessage());
        } catch (ConflictException e) {
            problems.add(e.getMessage());
        }
        return after(model, sel, problems, response);
    }

    private String after(Model model, Selection sel, List<String> problems, HttpServletResponse response) {
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", problems);
        } else {
            model.addAttribute("done", true);
        }
        return show(model, sel);
    }

    private String show(Model model, Selection sel) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "periods");
        if (sel.empty()) {
            return "periods/index";
        }
        String plant = sel.plant().code();
        TreeSet<Integer> years = new TreeSet<>(sel.years());
        List<ReportingPeriod> stored = cycle.periods(plant);
        stored.forEach(period -> years.add(period.year()));
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int year : years.descendingSet()) {
            periods.add(cycle.period(plant, year));
        }
        model.addAttribute("periods", periods);
        // only a base year among the caller's readable years (a verifier of another year sees no check)
        if (stored.stream().anyMatch(ReportingPeriod::baseYear)) {
            model.addAttribute("baseCheck", baseYears.check(plant, Actor.current()));
        }
        return "periods/index";
    }
}
