package io.autoghg.platform.verification;

import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.verification.Engagement.Invitation;
import io.autoghg.platform.verification.VerificationRequests.Closing;
import io.autoghg.platform.verification.VerificationRequests.NewComment;
import io.autoghg.platform.verification.VerificationRequests.NewFinding;
import io.autoghg.platform.verification.VerificationRequests.NewInvitation;
import io.autoghg.platform.verification.VerificationRequests.NewSample;
import io.autoghg.platform.verification.VerificationRequests.NewStatement;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The verification API of a plant's reporting year (docs/verification.md §6). */
@RestController
@RequestMapping("/api/v1/plants/{plant}/periods/{year}/verification")
class VerificationController {
    private final Engagements engagements;
    private final Findings findings;
    private final Samples samples;
    private final Statements statements;

    VerificationController(Engagements engagements, Findings findings, Samples samples, Statements statements) {
        this.engagements = engagements;
        this.findings = findings;
        this.samples = samples;
        this.statements = statements;
    }

    @PostMapping("/invitations")
    @ResponseStatus(HttpStatus.CREATED)
    Invitation invite(@PathVariable String plant, @PathVariable int year, @RequestBody NewInvitation request) {
        return engagements.invite(plant, year, request, Actor.current());
    }

    @GetMapping("/invitations")
    List<Engagement> invitations(@PathVariable String plant, @PathVariable int year) {
        return engagements.engagements(plant, year);
    }

    @PostMapping("/findings")
    @ResponseStatus(HttpStatus.CREATED)
    Finding open(@PathVariable String plant, @PathVariable int year, @RequestBody NewFinding request) {
        return findings.open(plant, year, request, Actor.current());
    }

    @GetMapping("/findings")
    List<Finding> findings(@PathVariable String plant, @PathVariable int year, @RequestParam(required = false) String status) {
        return findings.findings(plant, year, status);
    }

    @GetMapping("/findings/{id}")
    Finding finding(@PathVariable String plant, @PathVariable int year, @PathVariable long id) {
        return findings.finding(plant, year, id);
    }

    @PostMapping("/findings/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    Finding comment(@PathVariable String plant, @PathVariable int year, @PathVariable long id, @RequestBody NewComment request) {
        return findings.comment(plant, year, id, request, Actor.current());
    }

    @PostMapping("/findings/{id}/response")
    Finding respond(@PathVariable String plant, @PathVariable int year, @PathVariable long id, @RequestBody NewComment request) {
        return findings.respond(plant, year, id, request, Actor.current());
    }

    @PostMapping("/findings/{id}/close")
    Finding close(@PathVariable String plant, @PathVariable int year, @PathVariable long id, @RequestBody Closing request) {
        return findings.close(plant, year, id, request, Actor.current());
    }

    @PostMapping("/samples")
    @ResponseStatus(HttpStatus.CREATED)
    Sample draw(@PathVariable String plant, @PathVariable int year, @RequestBody NewSample request) {
        return samples.draw(plant, year, request, Actor.current());
    }

    @GetMapping("/samples")
    List<Sample> samples(@PathVariable String plant, @PathVariable int year) {
        return samples.samples(plant, year);
    }

    @PostMapping("/statement")
    @ResponseStatus(HttpStatus.CREATED)
    Statement issue(@PathVariable String plant, @PathVariable int year, @RequestBody NewStatement request) {
        return statements.issue(plant, year, request, Actor.current());
    }

    @GetMapping("/statement")
    Statement statement(@PathVariable String plant, @PathVariable int year) {
        return statements.latest(plant, year)
                .orElseThrow(() -> new NotFoundException("plant " + plant + " has no verification statement for " + year));
    }
}
