package io.autoghg.platform.web;

import io.autoghg.platform.support.NotFoundException;
import io.autoghg.platform.web.ConsoleContext.Selection;
import org.springframework.util.MultiValueMap;

/** The plant and year a set-up or data form was sent for (its ?plant= and ?year=). */
final class SetupSelection {
    private SetupSelection() {
    }

    /** The selection; a form sent for a plant that does not exist is refused rather than applied to another plant. */
    static Selection of(ConsoleContext context, MultiValueMap<String, String> params) {
        String plant = params.getFirst("plant");
        Selection sel = context.select(plant, integer(params.getFirst("year")));
        if (plant != null && !plant.isBlank() && (sel.empty() || !sel.plant().code().equals(plant))) {
            throw new NotFoundException("no plant '" + plant + "'");
        }
        return sel;
    }

    static Integer integer(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
