package io.autoghg.platform.report;

import io.autoghg.platform.support.Actor;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GET /api/v1/plants/{plant}/reports/{year}?standard=&amp;lang=&amp;format= — the report file (docs/reports.md). */
@RestController
@RequestMapping("/api/v1/plants/{plant}/reports")
class ReportController {
    private final ReportService reports;

    ReportController(ReportService reports) {
        this.reports = reports;
    }

    @GetMapping("/{year}")
    ResponseEntity<byte[]> report(@PathVariable String plant, @PathVariable int year,
                                  @RequestParam(defaultValue = "gbt32150") String standard,
                                  @RequestParam(defaultValue = "zh") String lang,
                                  @RequestParam(defaultValue = "pdf") String format) {
        ReportFile file = reports.render(ReportRequest.of(plant, year, standard, lang, format), Actor.current());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Inventory-Version", String.valueOf(file.basis().version()))
                .header("X-Inventory-Inputs-Hash", file.basis().inputsHash())
                .header("X-Report-Status", file.basis().locked() ? "locked" : "draft")
                .body(file.content());
    }
}
