package io.autoghg.platform.web;

import io.autoghg.platform.cycle.ReportingCycleService;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.MaskedPersonalData;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.ConflictException;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.verification.Engagements;
import io.autoghg.platform.verification.Finding;
import io.autoghg.platform.verification.Findings;
import io.autoghg.platform.verification.Samples;
import io.autoghg.platform.verification.Statements;
import io.autoghg.platform.verification.VerificationRequests.Closing;
import io.autoghg.platform.verification.VerificationRequests.NewComment;
import io.autoghg.platform.verification.VerificationRequests.NewFinding;
import io.autoghg.platform.verification.VerificationRequests.NewInvitation;
import io.autoghg.platform.verification.VerificationRequests.NewSample;
import io.autoghg.platform.verification.VerificationRequests.NewStatement;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The verification page (/verification): the invited verifiers (and the invitation form, which
 * shows a new verifier's one-time password once), the findings with a status filter and the thread
 * of the chosen one with the forms the caller may use, the samples with each datum's evidence, and
 * the statement (its form for verifiers). Who may do what is the services' decision; the page only
 * leaves out the forms the caller cannot use.
 */
@ConsolePage
class VerificationPage {
    private final ConsoleContext context;
    private final Access access;
    private final ReportingCycleService cycle;
    private final Engagements engagements;
    private final Findings findings;
    private final Samples samples;
    private final Statements statements;

    VerificationPage(ConsoleContext context, Access access, ReportingCycleService cycle, Engagements engagements, Findings findings,
                     Samples samples, Statements statements) {
        this.context = context;
        this.access = access;
        this.cycle = cycle;
        this.engagements = engagements;
        this.findings = findings;
        this.samples = samples;
        this.statements = statements;
    }

    @GetMapping("/verification")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        return show(model, context.select(params.getFirst("plant"), SetupSelection.integer(params.getFirst("year"))), params);
    }

    @PostMapping("/verification/invite")
    String invite(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response, (plant, year) -> model.addAttribute("invitation", engagements.invite(plant, year,
                new NewInvitation(params.getFirst("username"), params.getFirst("displayName"), params.getFirst("email")), Actor.current())));
    }

    @PostMapping("/verification/findings")
    String open(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response, (plant, year) -> {
            Finding opened = findings.open(plant, year, new NewFinding(params.getFirst("subjectKind"), params.getFirst("subjectRef"),
                    params.getFirst("title"), params.getFirst("text"), params.getFirst("severity")), Actor.current());
            params.set("finding", String.valueOf(opened.id()));
        });
    }

    @PostMapping("/verification/findings/{id}/{action}")
    String thread(@PathVariable long id, @PathVariable String action, @RequestParam MultiValueMap<String, String> params, Model model,
                  HttpServletResponse response) {
        params.set("finding", String.valueOf(id));
        return change(params, model, response, (plant, year) -> {
            NewComment comment = new NewComment(params.getFirst("text"), ids("evidenceIds", params.getFirst("evidenceIds")),
                    longOrNull("datumId", params.getFirst("datumId")));
            switch (action) {
                case "comment" -> findings.comment(plant, year, id, comment, Actor.current());
                case "respond" -> findings.respond(plant, year, id, comment, Actor.current());
                case "close" -> findings.close(plant, year, id, new Closing(params.getFirst("status"), params.getFirst("resolution")),
                        Actor.current());
                default -> throw new BadRequestException("action", "unknown action '" + action + "'");
            }
        });
    }

    @PostMapping("/verification/samples")
    String draw(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response, (plant, year) -> samples.draw(plant, year,
                new NewSample(SetupSelection.integer(params.getFirst("size")), longOrNull("seed", params.getFirst("seed"))), Actor.current()));
    }

    @PostMapping("/verification/statement")
    String statement(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        return change(params, model, response, (plant, year) -> statements.issue(plant, year, new NewStatement(params.getFirst("assurance"),
                decimalOrNull(params.getFirst("materialityPct")), params.getFirst("opinion"), params.getFirst("text")), Actor.current()));
    }

    /** Runs an action for the chosen plant and year and shows the page again, with the problems if it was refused. */
    private String change(MultiValueMap<String, String> params, Model model, HttpServletResponse response, BiConsumer<String, Integer> action) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/verification";
        }
        List<String> problems = new ArrayList<>();
        try {
            action.accept(sel.plant().code(), sel.year());
            model.addAttribute("done", true);
        } catch (BadRequestException e) {
            problems.add(e.field() + ": " + e.getMessage());
        } catch (ConflictException | NotFoundException e) {
            problems.add(e.getMessage()); // e.g. a finding on a datum or source that does not exist
        }
        if (!problems.isEmpty()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", problems);
        }
        return show(model, sel, params);
    }

    private String show(Model model, Selection sel, MultiValueMap<String, String> params) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "verification");
        if (sel.empty()) {
            return "verification/index";
        }
        String plant = sel.plant().code();
        int year = sel.year();
        String status = blankToNull(params.getFirst("status"));
        model.addAttribute("period", cycle.period(plant, year));
        model.addAttribute("engagements", engagements.engagements(plant, year));
        model.addAttribute("status", status);
        model.addAttribute("statuses", Arrays.asList(Finding.Status.values()));
        model.addAttribute("counts", findings.counts(plant, year));
        model.addAttribute("findings", findings.findings(plant, year, status));
        Long chosen = longOrNull("finding", params.getFirst("finding"));
        model.addAttribute("finding", chosen == null ? null : findings.finding(plant, year, chosen));
        model.addAttribute("samples", samples.samples(plant, year));
        model.addAttribute("statement", statements.latest(plant, year).orElse(null));
        model.addAttribute("canInvite", access.can(Permission.ADVANCE_PERIOD, plant, year));
        model.addAttribute("canVerify", access.can(Permission.VERIFY, plant, year));
        model.addAttribute("canComment", access.can(Permission.VERIFY, plant, year) || access.can(Permission.ENTER_DATA, plant, year));
        model.addAttribute("canRespond", access.can(Permission.SUBMIT_DATA, plant, year));
        boolean seeNames = access.can(Permission.SEE_SENSITIVE, plant, year);
        String me = access.caller().actorName();
        // personal data as the API shows them (masked for verifiers), but one's own name in clear
        model.addAttribute("who", (Function<String, String>) name -> seeNames || me.equals(name) ? name : MaskedPersonalData.mask(name));
        model.addAttribute("subjectKinds", Arrays.asList(Finding.SubjectKind.values()));
        model.addAttribute("severities", Arrays.asList(Finding.Severity.values()));
        return "verification/index";
    }

    private static List<Long> ids(String field, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Long> ids = new ArrayList<>();
        for (String part : text.split("[,\\s]+")) {
            if (!part.isBlank()) {
                try {
                    ids.add(Long.valueOf(part.strip()));
                } catch (NumberFormatException e) {
                    throw new BadRequestException(field, "'" + part + "' is not an id");
                }
            }
        }
        return ids;
    }

    private static Long longOrNull(String field, String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(field, "'" + text + "' is not a whole number");
        }
    }

    private static BigDecimal decimalOrNull(String text) {
        try {
            return text == null || text.isBlank() ? null : new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("materialityPct", "'" + text + "' is not a number");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
