package io.autoghg.platform.web;

import io.autoghg.platform.organisation.OrganisationRequests.NewEquipment;
import io.autoghg.platform.organisation.OrganisationRequests.NewOrgUnit;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Set-up: the tabbed page, and adding organisational units and equipment. */
@ConsolePage
class SetupController {
    private final ConsoleContext context;
    private final SetupPage page;
    private final OrganisationService organisation;
    private final DataForms forms;

    SetupController(ConsoleContext context, SetupPage page, OrganisationService organisation, DataForms forms) {
        this.context = context;
        this.page = page;
        this.organisation = organisation;
        this.forms = forms;
    }

    @GetMapping("/setup")
    String setup(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year,
                 @RequestParam(defaultValue = "units") String tab, Model model) {
        return page.show(model, context.select(plant, year), tab, page.blank(tab));
    }

    @PostMapping(path = "/setup", params = "tab=units")
    String addUnit(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        DataForm form = page.read("units", params);
        NewOrgUnit request = new NewOrgUnit(form.text("code"), form.text("name"), form.text("nameZh"), form.text("kind"));
        form.check(request).attempt(() -> organisation.createOrgUnit(sel.plant().code(), request));
        return page.after(model, sel, "units", form, forms.message("setup.units.added", request.code()), response);
    }

    @PostMapping(path = "/setup", params = "tab=equipment")
    String addEquipment(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        DataForm form = page.read("equipment", params);
        NewEquipment request = new NewEquipment(form.text("code"), form.text("name"), form.text("kind"), form.text("orgUnit"));
        form.check(request).attempt(() -> organisation.createEquipment(sel.plant().code(), request));
        return page.after(model, sel, "equipment", form, forms.message("setup.equipment.added", request.code()), response);
    }
}
