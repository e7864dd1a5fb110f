package io.autoghg.platform.inventory;

import io.autoghg.platform.support.Actor;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plants/{plant}/inventories")
class InventoryController {
    private final InventoryService inventories;

    InventoryController(InventoryService inventories) {
        this.inventories = inventories;
    }

    /** The latest inventory version of a year in the accounting JSON contract (computed when none is current). */
    @GetMapping(value = "/{year}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> current(@PathVariable String plant, @PathVariable int year) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(inventories.current(plant, year, Actor.current()));
    }

    @GetMapping("/{year}/versions")
    List<InventoryVersion> versions(@PathVariable String plant, @PathVariable int year) {
        return inventories.versions(plant, year);
    }

    @GetMapping(value = "/{year}/versions/{version}", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> version(@PathVariable String plant, @PathVariable int year, @PathVariable int version) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(inventories.version(plant, year, version));
    }

    @GetMapping("/{year}/diff")
    InventoryDiff diff(@PathVariable String plant, @PathVariable int year, @RequestParam int from, @RequestParam int to) {
        return inventories.diff(plant, year, from, to);
    }

    /** Any range of months, e.g. ?from=2025-01&to=2025-06 (both inclusive); computed on request, not stored. */
    @GetMapping(value = "/period", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> period(@PathVariable String plant, @RequestParam YearMonth from, @RequestParam YearMonth to) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .body(inventories.forPeriod(plant, from.atDay(1), to.plusMonths(1).atDay(1)));
    }
}
