package io.autoghg.platform.cycle;

import io.autoghg.platform.support.Actor;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plants/{plant}/periods")
class ReportingCycleController {
    private final ReportingCycleService cycle;
    private final BaseYearPolicy baseYears;

    ReportingCycleController(ReportingCycleService cycle, BaseYearPolicy baseYears) {
        this.cycle = cycle;
        this.baseYears = baseYears;
    }

    record TransitionRequest(String to, String reason) {
    }

    record ReopenRequest(String reason) {
    }

    record BaseYearRequest(Boolean baseYear, BigDecimal significanceThresholdPct) {
    }

    @GetMapping
    List<ReportingPeriod> periods(@PathVariable String plant) {
        return cycle.periods(plant);
    }

    @GetMapping("/base-year-check")
    BaseYearCheck baseYearCheck(@PathVariable String plant) {
        return baseYears.check(plant, Actor.current());
    }

    @GetMapping("/{year}")
    ReportingPeriod period(@PathVariable String plant, @PathVariable int year) {
        return cycle.period(plant, year);
    }

    @PostMapping("/{year}/transitions")
    ReportingPeriod transition(@PathVariable String plant, @PathVariable int year, @RequestBody TransitionRequest request) {
        return cycle.transition(plant, year, request.to(), request.reason(), Actor.current());
    }

    @PostMapping("/{year}/reopen")
    ReportingPeriod reopen(@PathVariable String plant, @PathVariable int year, @RequestBody(required = false) ReopenRequest request) {
        return cycle.reopen(plant, year, request == null ? null : request.reason(), Actor.current());
    }

    @PutMapping("/{year}/base-year")
    ReportingPeriod baseYear(@PathVariable String plant, @PathVariable int year, @RequestBody BaseYearRequest request) {
        return cycle.baseYear(plant, year, request.baseYear(), request.significanceThresholdPct());
    }
}
