package io.autoghg.platform.organisation;

import io.autoghg.platform.organisation.OrganisationRequests.NewCalibration;
import io.autoghg.platform.organisation.OrganisationRequests.NewEquipment;
import io.autoghg.platform.organisation.OrganisationRequests.NewGroup;
import io.autoghg.platform.organisation.OrganisationRequests.NewMeter;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationRequests.NewPlant;
import io.autoghg.platform.support.Page;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.List;
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
class OrganisationController {
    private final OrganisationService organisation;

    OrganisationController(OrganisationService organisation) {
        this.organisation = organisation;
    }

    record Boundary(@NotBlank @Pattern(regexp = "OPERATIONAL_CONTROL|FINANCIAL_CONTROL|EQUITY_SHARE") String approach,
                    BigDecimal equitySharePct) {
    }

    @GetMapping("/groups")
    List<PlantGroup> groups() {
        return organisation.groups();
    }

    @PostMapping("/groups")
    @ResponseStatus(HttpStatus.CREATED)
    PlantGroup createGroup(@Valid @RequestBody NewGroup request) {
        return organisation.createGroup(request);
    }

    @GetMapping("/plants")
    Page<Plant> plants(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return organisation.plants(page, size);
    }

    @PostMapping("/plants")
    @ResponseStatus(HttpStatus.CREATED)
    Plant createPlant(@Valid @RequestBody NewPlant request) {
        return organisation.createPlant(request);
    }

    @GetMapping("/plants/{plant}")
    Plant plant(@PathVariable String plant) {
        return organisation.plant(plant);
    }

    @PutMapping("/plants/{plant}/boundary")
    Plant boundary(@PathVariable String plant, @Valid @RequestBody Boundary boundary) {
        return organisation.setBoundary(plant, boundary.approach(), boundary.equitySharePct());
    }

    @GetMapping("/plants/{plant}/org-units")
    List<OrgUnit> orgUnits(@PathVariable String plant) {
        return organisation.orgUnits(plant);
    }

    @PostMapping("/plants/{plant}/org-units")
    @ResponseStatus(HttpStatus.CREATED)
    OrgUnit createOrgUnit(@PathVariable String plant, @Valid @RequestBody NewOrgUnit request) {
        return organisation.createOrgUnit(plant, request);
    }

    @GetMapping("/plants/{plant}/equipment")
    List<Equipment> equipment(@PathVariable String plant) {
        return organisation.equipment(plant);
    }

    @PostMapping("/plants/{plant}/equipment")
    @ResponseStatus(HttpStatus.CREATED)
    Equipment createEquipment(@PathVariable String plant, @Valid @RequestBody NewEquipment request) {
        return organisation.createEquipment(plant, request);
    }

    @GetMapping("/plants/{plant}/meters")
    List<Meter> meters(@PathVariable String plant) {
        return organisation.meters(plant);
    }

    @PostMapping("/plants/{plant}/meters")
    @ResponseStatus(HttpStatus.CREATED)
    Meter createMeter(@PathVariable String plant, @Valid @RequestBody NewMeter request) {
        return organisation.createMeter(plant, request);
    }

    @GetMapping("/plants/{plant}/meters/{meter}")
    Meter meter(@PathVariable String plant, @PathVariable String meter) {
        return organisation.meter(plant, meter);
    }

    @GetMapping("/plants/{plant}/meters/{meter}/calibrations")
    List<Calibration> calibrations(@PathVariable String plant, @PathVariable String meter) {
        return organisation.calibrations(plant, meter);
    }

    @PostMapping("/plants/{plant}/meters/{meter}/calibrations")
    @ResponseStatus(HttpStatus.CREATED)
    Calibration recordCalibration(@PathVariable String plant, @PathVariable String meter,
                                  @Valid @RequestBody NewCalibration request) {
        return organisation.recordCalibration(plant, meter, request);
    }
}
