package io.autoghg.platform.web;

import io.autoghg.platform.support.NotFoundException;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The calculation trace of one source (/inventory/trace?plant=…&year=…&source=…): where every number comes from. */
@ConsolePage
class TracePage {
    private final ConsoleContext context;
    private final InventoryData data;

    TracePage(ConsoleContext context, InventoryData data) {
        this.context = context;
        this.data = data;
    }

    @GetMapping("/inventory/trace")
    String trace(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year,
                 @RequestParam String source, Locale locale, Model model) {
        ConsoleContext.Selection sel = context.select(plant, year);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "inventory");
        if (sel.empty()) {
            return "inventory/trace";
        }
        InventoryData.Loaded loaded = data.load(sel.plant(), sel.year(), locale);
        model.addAttribute("loaded", loaded);
        if (!loaded.hasData()) {
            return "inventory/trace";
        }
        Map<String, Object> found = InventoryReader.source(loaded.inventory(), source);
        if (found == null) {
            throw new NotFoundException(loaded.labels().msg("trace.unknown", sel.plant().code(), source, String.valueOf(sel.year())));
        }
        model.addAttribute("src", found);
        model.addAttribute("entries", TraceEntry.of(found));
        model.addAttribute("labels", loaded.labels());
        model.addAttribute("setUp", loaded.sources().get(source));
        model.addAttribute("inv", loaded.inventory());
        model.addAttribute("dataLink", InventoryLinks.data(sel.plant().code(), sel.year(), source));
        model.addAttribute("calculation", InventoryLinks.calculation(sel.plant().code(), sel.year(), null));
        return "inventory/trace";
    }
}
