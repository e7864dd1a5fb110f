package io.autoghg.platform.source;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.source.SourceRequests.NewSource;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
@RequestMapping("/api/v1")
class SourceController {
    private final SourceService sources;

    private final io.autoghg.platform.security.Access access;

    SourceController(SourceService sources, io.autoghg.platform.security.Access access) {
        this.sources = sources;
        this.access = access;
    }

    record CatalogueEntry(String code, String nameEn, String nameZh, String scope, int isoCategory, String scope3Category,
                          List<String> gases, String method, List<String> collectionMethods, String frequency,
                          String equipment, String location) {
    }

    @GetMapping("/catalogue")
    List<CatalogueEntry> catalogue() {
        access.requireSomewhere(io.autoghg.platform.security.Permission.READ);
        return Arrays.stream(SourceType.values()).map(type -> new CatalogueEntry(type.code(), type.nameEn(), type.nameZh(),
                type.scope().name(), type.isoCategory().number(), type.scope3Category(),
                type.gases().stream().map(Gas::label).distinct().toList(), type.method().name(),
                type.collectionMethods().stream().map(Enum::name).toList(), type.frequency().name(), type.equipment(),
                type.location())).toList();
    }

    /** Sources of a plant; {@code ranked=true} orders them by screening estimate, largest first (6.3 prioritisation). */
    @GetMapping("/plants/{plant}/sources")
    List<EmissionSource> sources(@PathVariable String plant, @RequestParam(defaultValue = "false") boolean ranked) {
        return sources.sources(plant, ranked);
    }

    @PostMapping("/plants/{plant}/sources")
    @ResponseStatus(HttpStatus.CREATED)
    EmissionSource create(@PathVariable String plant, @Valid @RequestBody NewSource request) {
        return sources.create(plant, request);
    }

    @GetMapping("/plants/{plant}/sources/{source}")
    EmissionSource source(@PathVariable String plant, @PathVariable String source) {
        return sources.source(plant, source);
    }

    @PutMapping("/plants/{plant}/sources/{source}/parameters")
    EmissionSource parameters(@PathVariable String plant, @PathVariable String source, @RequestBody Map<String, String> parameters) {
        return sources.setParameters(plant, source, parameters);
    }

    record Screening(@jakarta.validation.constraints.NotNull @jakarta.validation.constraints.PositiveOrZero BigDecimal tco2e) {
    }

    @PutMapping("/plants/{plant}/sources/{source}/screening-estimate")
    EmissionSource screening(@PathVariable String plant, @PathVariable String source, @Valid @RequestBody Screening screening) {
        sources.setScreeningEstimate(plant, source, screening.tco2e());
        return sources.source(plant, source);
    }
}
