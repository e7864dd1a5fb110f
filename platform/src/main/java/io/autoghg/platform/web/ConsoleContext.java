package io.autoghg.platform.web;

import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;

/**
 * Which plant and year a console page shows: the request's ?plant= and ?year=, else the first
 * plant and the last full year in the plant's time zone.
 */
@Component
public class ConsoleContext {
    private final OrganisationService organisation;

    ConsoleContext(OrganisationService organisation) {
        this.organisation = organisation;
    }

    public record Selection(List<Plant> plants, Plant plant, int year, List<Integer> years) {
        public boolean empty() {
            return plant == null;
        }
    }

    public Selection select(String plantCode, Integer year) {
        List<Plant> plants = organisation.plants(0, 1000).items();
        Optional<Plant> chosen = plantCode == null ? plants.stream().findFirst()
                : plants.stream().filter(plant -> plant.code().equals(plantCode)).findFirst();
        Plant plant = chosen.orElse(plants.isEmpty() ? null : plants.get(0));
        int current = LocalDate.now(plant == null ? ZoneId.of("Asia/Shanghai") : ZoneId.of(plant.timezone())).getYear();
        int shown = year != null ? year : current - 1;
        List<Integer> years = IntStream.rangeClosed(current - 5, current).boxed().sorted((a, b) -> b - a).toList();
        return new Selection(plants, plant, shown, years);
    }
}
