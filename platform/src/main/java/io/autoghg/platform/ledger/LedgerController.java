package io.autoghg.platform.ledger;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plants/{plant}/ledger")
class LedgerController {
    private final LedgerService ledger;

    LedgerController(LedgerService ledger) {
        this.ledger = ledger;
    }

    @PostMapping("/seals/{year}")
    @ResponseStatus(HttpStatus.CREATED)
    LedgerService.Seal seal(@PathVariable String plant, @PathVariable int year) {
        return ledger.seal(plant, year);
    }

    @GetMapping("/seals/{year}")
    LedgerService.Seal latestSeal(@PathVariable String plant, @PathVariable int year) {
        return ledger.latestSeal(plant, year);
    }

    @GetMapping("/{year}/bundle")
    Map<String, Object> bundle(@PathVariable String plant, @PathVariable int year) {
        return ledger.bundle(plant, year);
    }

    @GetMapping("/check")
    LedgerService.Check check(@PathVariable String plant) {
        return ledger.check(plant);
    }
}
