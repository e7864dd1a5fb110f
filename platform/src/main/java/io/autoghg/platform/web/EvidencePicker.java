package io.autoghg.platform.web;

import io.autoghg.platform.evidence.Evidence;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.source.EmissionSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The evidence checkboxes of the data forms (templates/evidence/picker.html): the plant's evidence
 * whose period overlaps the entry's (the selected year while the entry has no valid period yet),
 * plus the records already ticked, and a link to upload new evidence for that period.
 */
@Component
public class EvidencePicker {
    private final EvidenceService evidence;

    EvidencePicker(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /**
     * Puts the picker's model attributes: evidenceOptions, evidenceManual (the source is MANUAL, so
     * evidence is required), evidenceFrom/evidenceTo (the period offered, for the upload link).
     */
    public void fill(Model model, String plant, int year, LocalDate start, LocalDate end, List<Long> ticked,
                     EmissionSource source) {
        boolean period = start != null && end != null && end.isAfter(start);
        LocalDate from = period ? start : LocalDate.of(year, 1, 1);
        LocalDate to = period ? end : from.plusYears(1);
        List<Evidence> options = new ArrayList<>(evidence.overlapping(plant, from, to));
        for (Evidence chosen : evidence.covering(plant, ticked)) {
            if (options.stream().noneMatch(e -> e.id() == chosen.id())) {
                options.add(chosen);
            }
        }
        model.addAttribute("evidenceOptions", options);
        model.addAttribute("evidenceManual", source != null && "MANUAL".equals(source.collectionMethod()));
        model.addAttribute("evidenceFrom", period ? start : null);
        model.addAttribute("evidenceTo", period ? end : null);
    }

    /** The evidence ids among these values (others are left out: they get their message when the form is sent). */
    public static List<Long> ids(List<String> values) {
        List<Long> ids = new ArrayList<>();
        for (String value : values) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                // not an id
            }
        }
        return ids;
    }

    /** The ticked evidence ids of a form; values that are not numbers get a message next to the picker. */
    public static List<Long> ticked(DataForm form) {
        List<Long> ids = new ArrayList<>();
        for (String value : form.all("evidenceIds")) {
            try {
                ids.add(Long.valueOf(value.strip()));
            } catch (NumberFormatException e) {
                form.reject("evidenceIds", "'" + value + "' is not an evidence id");
            }
        }
        return ids;
    }
}
