package io.autoghg.platform.web;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceRequests.NewSource;
import io.autoghg.platform.source.SourceService;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Set-up of emission sources: adding one from the catalogue, and editing a source's parameter overrides. */
@ConsolePage
class SetupSourceController {
    private final ConsoleContext context;
    private final SetupPage page;
    private final SourceService sources;
    private final DataForms forms;

    SetupSourceController(ConsoleContext context, SetupPage page, SourceService sources, DataForms forms) {
        this.context = context;
        this.page = page;
        this.sources = sources;
        this.forms = forms;
    }

    @PostMapping(path = "/setup", params = "tab=sources")
    String addSource(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        DataForm form = page.read("sources", params);
        BigDecimal screening = form.decimal("screeningEstimateTco2e", false);
        Map<String, String> parameters = SetupParameters.parse(form, "parameters", forms);
        NewSource request = new NewSource(form.text("code"), form.text("type"), form.text("name"), form.text("orgUnit"),
                form.text("collectionMethod"), form.text("frequency"), screening, parameters, form.all("meters"));
        form.check(request).attempt(() -> sources.create(sel.plant().code(), request));
        return page.after(model, sel, "sources", form, forms.message("setup.sources.added", request.code()), response);
    }

    @GetMapping("/setup/sources/{code}")
    String source(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return page.show(model, sel, "sources", page.blank("sources"));
        }
        EmissionSource source = sources.source(sel.plant().code(), code);
        return show(model, sel, source, forms.blank("parameters").set("parameters", SetupParameters.format(source.parameters())));
    }

    @PostMapping("/setup/sources/{code}")
    String setParameters(@PathVariable String code, @RequestParam MultiValueMap<String, String> params, Model model,
                         HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/setup";
        }
        EmissionSource before = sources.source(sel.plant().code(), code);
        DataForm form = forms.read(params, "parameters");
        Map<String, String> parameters = SetupParameters.parse(form, "parameters", forms);
        EmissionSource after = form.attempt(() -> sources.setParameters(sel.plant().code(), code, parameters)).orElse(null);
        if (after == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(model, sel, before, form);
        }
        model.addAttribute("done", forms.message("setup.parameters.saved", after.parameters().size()));
        return show(model, sel, after, forms.blank("parameters").set("parameters", SetupParameters.format(after.parameters())));
    }

    private String show(Model model, Selection sel, EmissionSource source, DataForm form) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "setup");
        model.addAttribute("source", source);
        model.addAttribute("type", SetupPage.TypeOption.of(SourceType.valueOf(source.type())));
        model.addAttribute("form", form);
        return "setup/source";
    }
}
