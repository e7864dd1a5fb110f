package io.autoghg.platform.evidence;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/plants/{plant}/meters/{meter}/calibrations/{calibration}/certificates")
class CalibrationCertificateController {
    private final CalibrationCertificates certificates;

    CalibrationCertificateController(CalibrationCertificates certificates) {
        this.certificates = certificates;
    }

    record Link(@NotNull Long evidenceId) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    List<Evidence> link(@PathVariable String plant, @PathVariable String meter, @PathVariable long calibration,
                        @Valid @RequestBody Link link) {
        return certificates.link(plant, meter, calibration, link.evidenceId());
    }

    @GetMapping
    List<Evidence> list(@PathVariable String plant, @PathVariable String meter, @PathVariable long calibration) {
        return certificates.certificates(plant, meter, calibration);
    }
}
