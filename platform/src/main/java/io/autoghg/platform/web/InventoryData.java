package io.autoghg.platform.web;

import io.autoghg.platform.activity.ActivityService;
import io.autoghg.platform.organisation.OrgUnit;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the inventory pages of one plant and year show: the current inventory version (only when
 * the year has submitted activity data, so that looking at an empty year stores nothing), the
 * organisational units and the sources' set-up (collection method, frequency), which the
 * inventory JSON does not carry.
 */
@Component
class InventoryData {
    private static final DateTimeFormatter COMPUTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final InventoryReader reader;
    private final ActivityService activity;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final MessageSource messages;

    InventoryData(InventoryReader reader, ActivityService activity, OrganisationService organisation, SourceService sources,
                  MessageSource messages) {
        this.reader = reader;
        this.activity = activity;
        this.organisation = organisation;
        this.sources = sources;
        this.messages = messages;
    }

    /** One plant's year: {@code inventory} is null when the year has no data. */
    record Loaded(Plant plant, int year, Map<String, Object> inventory, List<OrgUnit> units, Map<String, EmissionSource> sources,
                  InventoryLabels labels) {
        public boolean hasData() {
            return inventory != null;
        }

        /** When the inventory version was computed, in the plant's time zone. */
        public String computed() {
            Object at = inventory == null ? null : inventory.get("computedAt");
            if (at == null) {
                return "–";
            }
            try {
                return COMPUTED.withZone(ZoneId.of(plant.timezone())).format(Instant.parse(at.toString())) + " (" + plant.timezone() + ")";
            } catch (RuntimeException e) {
                return at.toString();
            }
        }
    }

    Loaded load(Plant plant, int year, Locale locale) {
        List<OrgUnit> units = organisation.orgUnits(plant.code());
        Map<String, EmissionSource> setUp = new LinkedHashMap<>();
        sources.sources(plant.code(), false).forEach(source -> setUp.put(source.code(), source));
        Map<String, Object> inventory = hasData(plant.code(), year) ? reader.current(plant.code(), year) : null;
        return new Loaded(plant, year, inventory, units, setUp, new InventoryLabels(messages, locale, units));
    }

    /** The current inventory of a year, or null when the year has no submitted activity data. */
    Map<String, Object> inventoryIfAny(String plant, int year) {
        return hasData(plant, year) ? reader.current(plant, year) : null;
    }

    boolean hasData(String plant, int year) {
        if (year < 1990 || year > 2100) {
            return false;
        }
        LocalDate from = LocalDate.of(year, 1, 1);
        return activity.list(plant, null, from, from.plusYears(1), "SUBMITTED", 0, 1).total() > 0;
    }
}
