package io.autoghg.platform.web;

import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.platform.gateways.CentralConfig;
import io.autoghg.platform.gateways.Gateways;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.support.BadRequestException;
import io.autoghg.platform.web.ConsoleContext.Selection;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A gateway's central configuration in the console (/live/gateway?plant=P&name=GW): the current version as JSON,
 * editable by people who manage the plant's set-up; the service validates it and every problem is listed with its
 * field (docs/console.md).
 */
@ConsolePage
class GatewayConfigPage {
    static final String SKELETON = """
            {
              "pollInterval": "15s",
              "batchSize": 500,
              "devices": [
                {"name": "feeders-modbus", "type": "modbus-tcp", "host": "192.168.1.20", "port": 502, "unitId": 1,
                 "meters": [{"code": "E-PAINT-01", "unit": "kWh", "register": 100, "dataType": "float64"}]}
              ]
            }""";

    private final ConsoleContext context;
    private final Gateways gateways;
    private final Access access;
    private final DataForms forms;

    GatewayConfigPage(ConsoleContext context, Gateways gateways, Access access, DataForms forms) {
        this.context = context;
        this.gateways = gateways;
        this.access = access;
        this.forms = forms;
    }

    @GetMapping("/live/gateway")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/live";
        }
        String name = name(params);
        Optional<CentralConfig> config = gateways.findConfig(sel.plant().code(), name);
        return show(model, sel, name, config.orElse(null), config.map(c -> Gateways.pretty(c.config())).orElse(SKELETON), List.of());
    }

    @PostMapping("/live/gateway")
    String save(@RequestParam MultiValueMap<String, String> params, Model model, HttpServletResponse response) {
        Selection sel = SetupSelection.of(context, params);
        if (sel.empty()) {
            return "redirect:/live";
        }
        String name = name(params);
        String document = params.getFirst("document") == null ? "" : params.getFirst("document");
        List<String> problems;
        try {
            CentralConfig saved = gateways.saveConfig(sel.plant().code(), name, document.getBytes(StandardCharsets.UTF_8));
            model.addAttribute("done", forms.message("live.gateway.saved", saved.version()));
            return show(model, sel, name, saved, Gateways.pretty(saved.config()), List.of());
        } catch (InvalidInputException e) {
            problems = e.problems().stream().map(p -> p.field() + ": " + p.message()).toList();
        } catch (BadRequestException e) {
            problems = List.of(e.field() + ": " + e.getMessage());
        }
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        return show(model, sel, name, gateways.findConfig(sel.plant().code(), name).orElse(null), document, problems);
    }

    private String show(Model model, Selection sel, String name, CentralConfig config, String document, List<String> problems) {
        model.addAttribute("sel", sel);
        model.addAttribute("section", "live");
        model.addAttribute("name", name);
        model.addAttribute("config", config);
        model.addAttribute("document", document);
        model.addAttribute("problems", problems);
        model.addAttribute("canManage", access.can(Permission.MANAGE_SETUP, sel.plant().code()));
        return "live/gateway";
    }

    private static String name(MultiValueMap<String, String> params) {
        String name = params.getFirst("name");
        return name == null ? "" : name.strip();
    }
}
