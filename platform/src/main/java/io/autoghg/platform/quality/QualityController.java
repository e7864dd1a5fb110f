package io.autoghg.platform.quality;

import io.autoghg.platform.activity.ActivityDatum;
import io.autoghg.platform.support.Actor;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Data quality: scorecard and findings, gap filling, rule settings, the rule catalogue and the data dictionary. */
@RestController
class QualityController {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final QualityService quality;

    QualityController(QualityService quality) {
        this.quality = quality;
    }

    @GetMapping("/api/v1/plants/{plant}/quality/{year}")
    QualityReport report(@PathVariable String plant, @PathVariable int year) {
        return quality.report(plant, year);
    }

    @PostMapping("/api/v1/plants/{plant}/quality/fill")
    @ResponseStatus(HttpStatus.CREATED)
    List<ActivityDatum> fill(@PathVariable String plant, @Valid @RequestBody FillRequest request) {
        return quality.fill(plant, request, Actor.current());
    }

    @GetMapping("/api/v1/plants/{plant}/quality/settings")
    List<RuleSetting> settings(@PathVariable String plant) {
        return quality.settings(plant);
    }

    @PutMapping("/api/v1/plants/{plant}/quality/settings")
    RuleSetting saveSetting(@PathVariable String plant, @Valid @RequestBody SettingRequest request) {
        return quality.saveSetting(plant, request, Actor.current());
    }

    @GetMapping("/api/v1/quality/rules")
    List<Map<String, Object>> rules() {
        return quality.rules();
    }

    @GetMapping("/api/v1/data-dictionary")
    DataDictionary.Dictionary dictionary() {
        return quality.dataDictionary();
    }

    @GetMapping("/api/v1/data-dictionary.xlsx")
    ResponseEntity<byte[]> dictionaryXlsx() {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"autoghg-data-dictionary.xlsx\"")
                .contentType(MediaType.parseMediaType(XLSX))
                .body(quality.dataDictionaryXlsx());
    }
}
