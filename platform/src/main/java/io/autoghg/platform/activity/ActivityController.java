package io.autoghg.platform.activity;

import io.autoghg.platform.activity.ActivityRequests.Correction;
import io.autoghg.platform.activity.ActivityRequests.NewDatum;
import io.autoghg.platform.activity.ActivityRequests.Production;
import io.autoghg.platform.activity.ActivityRequests.Submit;
import io.autoghg.platform.support.Actor;
import io.autoghg.platform.support.Page;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plants/{plant}")
class ActivityController {
    private final ActivityService activity;

    ActivityController(ActivityService activity) {
        this.activity = activity;
    }

    @GetMapping("/activity")
    Page<ActivityDatum> list(@PathVariable String plant, @RequestParam(required = false) String source,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String status,
                             @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
        return activity.list(plant, source, from, to, status, page, size);
    }

    @PostMapping("/activity")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityDatum enter(@PathVariable String plant, @Valid @RequestBody NewDatum request) {
        return activity.enter(plant, request, Actor.current());
    }

    @GetMapping("/activity/{id}")
    ActivityDatum datum(@PathVariable String plant, @PathVariable long id) {
        return activity.datum(plant, id);
    }

    @GetMapping("/activity/{id}/history")
    List<ActivityDatum> history(@PathVariable String plant, @PathVariable long id) {
        return activity.history(plant, id);
    }

    @PostMapping("/activity/{id}/submit")
    ActivityDatum submit(@PathVariable String plant, @PathVariable long id, @RequestBody(required = false) Submit body) {
        return activity.submit(plant, id, body == null ? null : body.evidenceIds(), Actor.current());
    }

    @PostMapping("/activity/{id}/corrections")
    @ResponseStatus(HttpStatus.CREATED)
    ActivityDatum correct(@PathVariable String plant, @PathVariable long id, @Valid @RequestBody Correction correction) {
        return activity.correct(plant, id, correction, Actor.current());
    }

    @GetMapping("/production")
    List<ProductionMonth> production(@PathVariable String plant, @RequestParam int year) {
        return activity.production(plant, year);
    }

    @PutMapping("/production/{month}")
    ProductionMonth setProduction(@PathVariable String plant, @PathVariable YearMonth month,
                                  @Valid @RequestBody Production production) {
        return activity.setProduction(plant, month, production.vehicles());
    }
}
