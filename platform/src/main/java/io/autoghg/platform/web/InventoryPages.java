package io.autoghg.platform.web;

import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.support.NotFoundException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The inventory display of AII/003-2024 6.5.3 a): six tables in tabs (/inventory?table=…), each
 * downloadable as XLSX (/inventory/xlsx?table=…).
 */
@ConsolePage
class InventoryPages {
    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final ConsoleContext context;
    private final InventoryData data;
    private final MessageSource messages;

    InventoryPages(ConsoleContext context, InventoryData data, MessageSource messages) {
        this.context = context;
        this.data = data;
        this.messages = messages;
    }

    @GetMapping("/inventory")
    String inventory(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year,
                     @RequestParam(defaultValue = "ghg") String table, @RequestParam(required = false) String by, Locale locale,
                     Model model) {
        checkTable(table, locale);
        ConsoleContext.Selection sel = context.select(plant, year);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "inventory");
        model.addAttribute("tables", InventoryTable.KEYS);
        model.addAttribute("current", table);
        if (sel.empty()) {
            return "inventory/index";
        }
        InventoryData.Loaded loaded = data.load(sel.plant(), sel.year(), locale);
        model.addAttribute("loaded", loaded);
        if (loaded.hasData()) {
            String filter = by == null || by.isBlank() || !table.equals("calculation") ? null : by;
            model.addAttribute("table", new InventoryTables(loaded).table(table, filter));
            model.addAttribute("filter", filter);
            model.addAttribute("inv", loaded.inventory());
            model.addAttribute("xlsx", InventoryLinks.xlsx(sel.plant().code(), sel.year(), table, filter));
            model.addAttribute("rows", InventoryReader.map(loaded.inventory(), "rows"));
        }
        return "inventory/index";
    }

    @GetMapping("/inventory/xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String plant, @RequestParam(required = false) Integer year,
                                @RequestParam(defaultValue = "ghg") String table, @RequestParam(required = false) String by,
                                Locale locale) {
        checkTable(table, locale);
        ConsoleContext.Selection sel = context.select(plant, year);
        if (sel.empty()) {
            throw new NotFoundException(messages.getMessage("common.none", null, locale));
        }
        InventoryData.Loaded loaded = data.load(sel.plant(), sel.year(), locale);
        if (!loaded.hasData()) {
            throw new NotFoundException(loaded.labels().msg("inventory.noData", sel.plant().code(), String.valueOf(sel.year())));
        }
        String filter = by == null || by.isBlank() || !table.equals("calculation") ? null : by;
        InventoryTable built = new InventoryTables(loaded).table(table, filter);
        Map<String, Object> inventory = loaded.inventory();
        String title = loaded.labels().msg("inventory.xlsx.title", built.title(), sel.plant().code(), sel.plant().name(),
                String.valueOf(sel.year()), String.valueOf(inventory.get("version")), loaded.computed());
        byte[] bytes = InventoryXlsx.write(built, title);
        String name = "inventory-" + sel.plant().code() + "-" + sel.year() + "-" + table + ".xlsx";
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(bytes);
    }

    private void checkTable(String table, Locale locale) {
        if (!InventoryTable.KEYS.contains(table)) {
            throw new BadRequestException("table", messages.getMessage("inventory.unknownTable",
                    new Object[] {table, String.join(", ", InventoryTable.KEYS)}, locale));
        }
    }
}
