package io.autoghg.platform.web;

import io.autoghg.platform.evidence.CalibrationCertificates;
import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.organisation.Calibration;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationRequests.NewCalibration;
import io.autoghg.platform.organisation.OrganisationRequests.NewMeter;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Set-up of meters: adding a meter, and a meter's page with its calibration records. */
@ConsolePage
class SetupMeterController {
    static final String[] CALIBRATION = {"calibratedOn", "dueOn", "result", "certificate"};

    private final ConsoleContext context;
    private final SetupPage page;
    private final OrganisationService organisation;
    private final DataForms forms;
    private final CalibrationCertificates certificates;

    SetupMeterController(ConsoleContext context, SetupPage page, OrganisationService organisation, DataForms forms,
                         CalibrationCertificates certificates) {
        this.context = context;
        this.page = page;
        this.organisation = organisation;
        this.forms = forms;
        this.certificates = certificates;
    }

    @PostMapping(path = "/setup", params = "tab=meters")
    String addMeter(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        DataForm form = page.read("meters", params);
        NewMeter request = new NewMeter(form.text("code"), form.text("measures"), form.text("unit"), form.text("serialNumber"),
                form.text("accuracyClass"), form.text("orgUnit"), form.text("equipment"));
        form.check(request).attempt(() -> organisation.createMeter(sel.plant().code(), request));
        return page.after(model, sel, "meters", form, forms.message("setup.meters.added", request.code()), response);
    }

    @GetMapping("/setup/meters/{code}")
    String meter(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        return show(model, SetupSelection.of(context, params), code, forms.blank(CALIBRATION).set("result", "PASSED"));
    }

    @PostMapping("/setup/meters/{code}")
    String addCalibration(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
                          HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        organisation.meter(sel.plant().code(), code);
        DataForm form = forms.read(params, CALIBRATION);
        LocalDate calibratedOn = form.date("calibratedOn", true);
        LocalDate dueOn = form.date("dueOn", true);
        NewCalibration request = new NewCalibration(calibratedOn, dueOn, form.text("result"), form.text("certificate"));
        form.check(request).attempt(() -> organisation.recordCalibration(sel.plant().code(), code, request));
        if (!form.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sel, code, form);
        }
        model.addAttribute("done", forms.message("setup.calibration.added", calibratedOn, dueOn));
        return show(model, sel, code, forms.blank(CALIBRATION).set("result", "PASSED"));
    }

    private String show(Model model, Selection sel, String code, DataForm form) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "setup");
        model.addAttribute("form", form);
        if (sel.empty()) {
            return page.show(model, sel, "meters", page.blank("meters"));
        }
        Meter meter = organisation.meter(sel.plant().code(), code);
        model.addAttribute("meter", meter);
        List<Calibration> calibrations = organisation.calibrations(sel.plant().code(), code);
        model.addAttribute("calibrations", calibrations);
        Map<Long, List<Evidence>> linked = new HashMap<>();
        calibrations.forEach(c -> linked.put(c.id(), certificates.certificates(sel.plant().code(), code, c.id())));
        model.addAttribute("certificates", linked);
        model.addAttribute("today", SetupPage.today(sel));
        model.addAttribute("results", List.of("PASSED", "ADJUSTED", "FAILED", "REPAIRED"));
        return "setup/meter";
    }
}
