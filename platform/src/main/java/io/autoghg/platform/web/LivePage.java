package io.autoghg.platform.web;

import io.autoghg.platform.gateways.Gateways;
import io.autoghg.platform.readings.LiveReadings;
import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.Permission;
import io.autoghg.platform.web.ConsoleContext.Selection;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live view (/live): current electric power and gas flow by organisational unit from the latest
 * 15-minute rollups, today's METERED consumption and emissions so far, and each meter's last reading
 * and last problem (docs/readings.md), and the plant's edge gateways with their last heartbeat and a link to
 * each one's central configuration (docs/console.md). The page reloads its content every 30 seconds.
 */
@ConsolePage
class LivePage {
    private final ConsoleContext context;
    private final LiveReadings live;
    private final Gateways gateways;
    private final Access access;

    LivePage(ConsoleContext context, LiveReadings live, Gateways gateways, Access access) {
        this.context = context;
        this.live = live;
        this.gateways = gateways;
        this.access = access;
    }

    @GetMapping("/live")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "live");
        if (!sel.empty()) {
            model.addAttribute("live", live.live(sel.plant().code()));
            model.addAttribute("stale", LiveReadings.staleBefore());
            model.addAttribute("gateways", gateways.list(sel.plant().code()));
            model.addAttribute("gatewaySilent", Gateways.silentBefore());
            model.addAttribute("canManage", access.can(Permission.MANAGE_SETUP, sel.plant().code()));
        }
        return "live/index";
    }
}
