package io.autoghg.platform.web;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.organisation.Meter;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;

/** Assembles the set-up page: the tab's list and its add form (blank, or as submitted with its messages). */
@Component
public class SetupPage {
    static final List<String> TABS = List.of("units", "equipment", "meters", "sources", "factors");
    static final Map<String, String[]> FIELDS = Map.of(
            "units", new String[] {"code", "name", "nameZh", "kind"},
            "equipment", new String[] {"code", "name", "kind", "orgUnit"},
            "meters", new String[] {"code", "measures", "unit", "serialNumber", "accuracyClass", "orgUnit", "equipment"},
            "sources", new String[] {"code", "type", "name", "orgUnit", "collectionMethod", "frequency", "screeningEstimateTco2e",
                    "parameters", "meters"},
            "factors", new String[] {});

    /** A catalogue entry for the type drop-down and the source list. */
    public record TypeOption(String code, String nameEn, String nameZh, String scope, String collectionMethod, String frequency) {
        static TypeOption of(SourceType type) {
            return new TypeOption(type.code(), type.nameEn(), type.nameZh(), type.scope().name(),
                    type.defaultCollectionMethod().name(), type.frequency().name());
        }
    }

    private final OrganisationService organisation;
    private final SourceService sources;
    private final SetupFactors factors;
    private final DataForms forms;

    SetupPage(OrganisationService organisation, SourceService sources, SetupFactors factors, DataForms forms) {
        this.organisation = organisation;
        this.sources = sources;
        this.factors = factors;
        this.forms = forms;
    }

    static String tab(String tab) {
        return TABS.contains(tab) ? tab : "units";
    }

    public DataForm blank(String tab) {
        return forms.blank(FIELDS.get(tab(tab)));
    }

    public DataForm read(String tab, MultiValueMap<String, String> params) {
        return forms.read(params, FIELDS.get(tab(tab))).onConflict("code");
    }

    /** The page after a POST: a fresh form and a confirmation when it worked, else the form as sent (HTTP 422). */
    public String after(Model model, Selection sel, String tab, DataForm form, String done, HttpServletResponse response) {
        if (form.valid()) {
            model.addAttribute("done", done);
            return show(model, sel, tab, blank(tab));
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, sel, tab, form);
    }

    public String show(Model model, Selection sel, String requestedTab, DataForm form) {
        String tab = tab(requestedTab);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "setup");
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", TABS);
        model.addAttribute("form", form);
        if (tab.equals("factors")) {
            factors.addTo(model);
        }
        if (sel.empty()) {
            return "setup/setup";
        }
        String plant = sel.plant().code();
        switch (tab) {
            case "units" -> model.addAttribute("units", organisation.orgUnits(plant));
            case "equipment" -> {
                model.addAttribute("equipment", organisation.equipment(plant));
                model.addAttribute("units", organisation.orgUnits(plant));
            }
            case "meters" -> {
                model.addAttribute("meters", organisation.meters(plant));
                model.addAttribute("units", organisation.orgUnits(plant));
                model.addAttribute("equipment", organisation.equipment(plant));
                model.addAttribute("today", today(sel));
            }
            case "sources" -> {
                model.addAttribute("sources", sources.sources(plant, true));
                model.addAttribute("types", types());
                model.addAttribute("typesByCode", Arrays.stream(SourceType.values())
                        .collect(Collectors.toMap(SourceType::code, TypeOption::of)));
                model.addAttribute("units", organisation.orgUnits(plant));
                model.addAttribute("meterCodes", organisation.meters(plant).stream().map(Meter::code).toList());
            }
            default -> {
            }
        }
        return "setup/setup";
    }

    static List<TypeOption> types() {
        return Arrays.stream(SourceType.values()).map(TypeOption::of).toList();
    }

    static LocalDate today(Selection sel) {
        return LocalDate.now(ZoneId.of(sel.plant().timezone()));
    }
}
