package io.autoghg.platform.readings;

import io.autoghg.platform.support.Actor;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Meter readings over HTTP (docs/readings.md §4–5). */
@RestController
class ReadingsController {
    private final ReadingsService readings;
    private final ReadingQueries queries;
    private final MeterRegisters registers;

    ReadingsController(ReadingsService readings, ReadingQueries queries, MeterRegisters registers) {
        this.readings = readings;
        this.queries = queries;
        this.registers = registers;
    }

    /** JSON {"readings":[…]} or CSV meter,ts,value,unit (Content-Type text/csv); good rows are kept, bad ones reported. */
    @PostMapping(path = "/api/v1/readings", consumes = {MediaType.APPLICATION_JSON_VALUE, "text/csv", MediaType.TEXT_PLAIN_VALUE})
    IngestOutcome ingest(@RequestParam(required = false) String plant,
                         @RequestHeader(name = "Content-Type", required = false) String contentType, @RequestBody byte[] body) {
        boolean csv = contentType != null && (contentType.toLowerCase(java.util.Locale.ROOT).contains("csv")
                || contentType.toLowerCase(java.util.Locale.ROOT).startsWith("text/plain"));
        return readings.ingest(plant, () -> csv ? ReadingPayloads.csv(body, null) : ReadingPayloads.json(body), "http");
    }

    @GetMapping("/api/v1/plants/{plant}/readings/status")
    List<ReadingQueries.MeterStatus> status(@PathVariable String plant) {
        return queries.status(plant);
    }

    @GetMapping("/api/v1/plants/{plant}/meters/{meter}/readings")
    ReadingQueries.Readings raw(@PathVariable String plant, @PathVariable String meter,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
                                @RequestParam(defaultValue = "10000") int limit) {
        return queries.readings(plant, meter, from, to, limit);
    }

    @GetMapping("/api/v1/plants/{plant}/meters/{meter}/rollups")
    ReadingQueries.Rollup rollups(@PathVariable String plant, @PathVariable String meter,
                                  @RequestParam(defaultValue = "day") String grain,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return queries.rollup(plant, meter, grain, from, to);
    }

    @GetMapping("/api/v1/plants/{plant}/meters/{meter}/register")
    MeterRegisters.Register register(@PathVariable String plant, @PathVariable String meter) {
        return registers.register(plant, meter, queries);
    }

    @PutMapping("/api/v1/plants/{plant}/meters/{meter}/register")
    MeterRegisters.Register setRegister(@PathVariable String plant, @PathVariable String meter,
                                        @RequestBody(required = false) MeterRegisters.RegisterRequest request) {
        registers.setRegister(plant, meter, request, Actor.current());
        return registers.register(plant, meter, queries);
    }

    @PostMapping("/api/v1/plants/{plant}/meters/{meter}/replacements")
    @ResponseStatus(HttpStatus.CREATED)
    MeterRegisters.Replacement replace(@PathVariable String plant, @PathVariable String meter,
                                       @RequestBody(required = false) MeterRegisters.ReplacementRequest request) {
        return registers.replace(plant, meter, request, Actor.current());
    }
}
