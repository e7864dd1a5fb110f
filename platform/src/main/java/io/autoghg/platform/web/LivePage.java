package io.autoghg.platform.web;

import io.autoghg.platform.readings.LiveReadings;
import io.autoghg.platform.web.ConsoleContext.Selection;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The live view (/live): current electric power and gas flow by organisational unit from the latest
 * 15-minute rollups, today's METERED consumption and emissions so far, and each meter's last reading
 * and last problem (docs/readings.md). The page reloads its content every 30 seconds.
 */
@ConsolePage
class LivePage {
    private final ConsoleContext context;
    private final LiveReadings live;

    LivePage(ConsoleContext context, LiveReadings live) {
        this.context = context;
        this.live = live;
    }

    @GetMapping("/live")
    String page(@RequestParam MultiValueMap<String, String> params, Model model) {
        Selection sel = SetupSelection.of(context, params);
        model.addAttribute("sel", sel);
        model.addAttribute("section", "live");
        if (!sel.empty()) {
            model.addAttribute("live", live.live(sel.plant().code()));
            model.addAttribute("stale", LiveReadings.staleBefore());
        }
        return "live/index";
    }
}
