package io.autoghg.accounting.engine;

import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The accounting engine's entry point: checks a plant's activity rows, runs every source's method
 * for the reporting year and aggregates. Either every source is accounted or an
 * {@link InvalidInputException} lists every problem found; nothing partial is returned.
 */
public final class InventoryCalculator {
    private final ParameterLibrary library;

    public InventoryCalculator(ParameterLibrary library) {
        this.library = library;
    }

    public InventoryResult calculate(PlantDefinition plant, List<ActivityRow> rows, int year, GwpSet gwpOverride) {
        return calculate(plant, rows, LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1), gwpOverride);
    }

    /**
     * Accounts the period [from, to), e.g. a range of months. Parameters are those valid on
     * {@code from}; annual rates (refrigerant leak rates) apply per day covered.
     */
    public InventoryResult calculate(PlantDefinition plant, List<ActivityRow> rows, LocalDate from, LocalDate to,
                                     GwpSet gwpOverride) {
        if (!to.isAfter(from)) {
            throw new IllegalArgumentException("the period's end " + to + " must be after its start " + from);
        }
        int year = from.getYear();
        List<InputProblem> problems = new ArrayList<>(unknownSources(plant, rows));
        problems.addAll(PeriodChecks.overlaps(rows));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        YearSelection selection = new YearSelection(rows, from, to);
        Map<String, List<ActivityRow>> bySource = new LinkedHashMap<>();
        selection.rows().forEach(row -> bySource.computeIfAbsent(row.source(), code -> new ArrayList<>()).add(row));
        GwpSet gwp = gwpOverride != null ? gwpOverride : plant.gwp();
        SourceAccounting accounting = new SourceAccounting(library, gwp, from, to);
        List<SourceResult> results = new ArrayList<>();
        for (SourceDefinition source : plant.sources()) {
            List<ActivityRow> sourceRows = bySource.getOrDefault(source.code(), List.of());
            List<ActivityRow> prorated = selection.prorated().stream().filter(row -> row.source().equals(source.code())).toList();
            List<ActivityRow> clipped = new ArrayList<>(selection.clipped().stream()
                    .filter(row -> row.source().equals(source.code())).toList());
            selection.previousPeriodStocks().stream().filter(row -> row.source().equals(source.code())).forEach(clipped::add);
            try {
                results.add(accounting.account(source, sourceRows, prorated, clipped));
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Aggregator aggregator = new Aggregator(results);
        return new InventoryResult(plant.code(), plant.name(), year, from, to, gwp, aggregator.totals(), results,
                aggregator.aggregation(), aggregator.uncertaintyPct(), selection.rows().size(), selection.outside(),
                library.version());
    }

    private static List<InputProblem> unknownSources(PlantDefinition plant, List<ActivityRow> rows) {
        Set<String> known = plant.sources().stream().map(SourceDefinition::code).collect(Collectors.toSet());
        List<InputProblem> problems = new ArrayList<>();
        for (ActivityRow row : rows) {
            if (!known.contains(row.source())) {
                problems.add(new InputProblem(row.location(), "source", "unknown source code '" + row.source()
                        + "'; plant " + plant.code() + " defines " + known.stream().sorted().collect(Collectors.joining(", "))));
            }
        }
        return problems;
    }
}
