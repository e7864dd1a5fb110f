package io.autoghg.platform.web;

import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.activity.ProductionMonth;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The overview of a plant and year (/): totals by scope, intensity per vehicle, the month-by-month
 * trend against last year, the structure by source type and organisational unit, the flow from
 * energy carriers to units to scopes, and data completeness.
 */
@ConsolePage
class OverviewPage {
    private final ConsoleContext context;
    private final InventoryData data;
    private final ActivityService activity;

    OverviewPage(ConsoleContext context, InventoryData data, ActivityService activity) {
        this.context = context;
        this.data = data;
        this.activity = activity;
    }

    @GetMapping("/")
    String overview(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year, Locale locale,
                    Model model) {
        ConsoleContext.Selection sel = context.select(plant, year);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "overview");
        if (sel.empty()) {
            return "overview/index";
        }
        InventoryData.Loaded loaded = data.load(sel.plant(), sel.year(), locale);
        model.addAttribute("loaded", loaded);
        if (!loaded.hasData()) {
            return "overview/index";
        }
        String code = sel.plant().code();
        Map<String, Object> inventory = loaded.inventory();
        Map<String, Object> totals = InventoryReader.map(inventory, "totals");
        model.addAttribute("inv", inventory);
        model.addAttribute("totals", totals);

        int vehicles = activity.production(code, sel.year()).stream().mapToInt(ProductionMonth::vehicles).sum();
        model.addAttribute("vehicles", vehicles);
        if (vehicles > 0) {
            // presentation only: the inventory's total over the vehicles produced in the same year
            model.addAttribute("intensity", InventoryTable.Cell.decimal(totals.get("total"))
                    .divide(BigDecimal.valueOf(vehicles), MathContext.DECIMAL64));
        }

        Map<String, Object> previous = data.inventoryIfAny(code, sel.year() - 1);
        OverviewCharts charts = new OverviewCharts(loaded, previous);
        model.addAttribute("charts", charts);
        model.addAttribute("trend", charts.trend());
        model.addAttribute("byType", charts.byType());
        model.addAttribute("byUnit", charts.byUnit());
        model.addAttribute("flows", charts.flows());
        model.addAttribute("chartJson", charts.json(previous != null));
        model.addAttribute("labels", loaded.labels());
        model.addAttribute("completeness",
                OverviewCompleteness.of(loaded, LocalDate.now(ZoneId.of(sel.plant().timezone()))));
        model.addAttribute("calculation", InventoryLinks.calculation(code, sel.year(), null));
        model.addAttribute("scope1Link", InventoryLinks.calculation(code, sel.year(), "scope:scope1"));
        model.addAttribute("scope2Link", InventoryLinks.calculation(code, sel.year(), "scope:scope2"));
        model.addAttribute("scope3Link", InventoryLinks.calculation(code, sel.year(), "scope:scope3"));
        return "overview/index";
    }
}
