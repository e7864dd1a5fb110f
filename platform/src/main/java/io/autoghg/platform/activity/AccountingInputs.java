package io.autoghg.platform.activity;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.PeriodChecks;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.OrgUnitDefinition;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import io.autoghg.platform.organisation.OrganisationService;
import io.autoghg.platform.organisation.Plant;
import io.autoghg.platform.source.EmissionSource;
import io.autoghg.platform.source.SourceParametersChanged;
import io.autoghg.platform.source.SourceService;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Assembles the accounting engine's inputs from the database and checks new rows against them, so
 * that nothing is stored that the engine would reject (unknown source, unit that does not fit,
 * overlapping periods, missing parameters). Stored rows are located as "datum:ID".
 */
@Service
public class AccountingInputs {
    public static final String DATUM = "datum";

    private final JdbcClient jdbc;
    private final OrganisationService organisation;
    private final SourceService sources;
    private final ObjectProvider<PeriodGuard> guards;
    private final ParameterLibrary library = ParameterLibrary.shipped();

    AccountingInputs(JdbcClient jdbc, OrganisationService organisation, SourceService sources, ObjectProvider<PeriodGuard> guards) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.sources = sources;
        this.guards = guards;
    }

    public ParameterLibrary library() {
        return library;
    }

    public PlantInputs load(String plantCode) {
        return new PlantInputs(definition(plantCode), currentRows(plantCode, Set.of()));
    }

    public PlantDefinition definition(String plantCode) {
        Plant plant = organisation.plant(plantCode);
        List<OrgUnitDefinition> units = organisation.orgUnits(plantCode).stream()
                .map(unit -> new OrgUnitDefinition(unit.code(), unit.name(), unit.nameZh())).toList();
        List<SourceDefinition> definitions = sources.sources(plantCode, false).stream().map(this::definition).toList();
        return new PlantDefinition(plant.code(), plant.name(), plant.timezone(), GwpSet.valueOf(plant.gwp()), units, definitions,
                new SourceLocation("plant " + plant.code(), 0));
    }

    private SourceDefinition definition(EmissionSource source) {
        Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
        SourceLocation where = new SourceLocation("source " + source.code() + " parameters", 0);
        source.parameters().forEach((name, text) -> overrides.put(name, new ParameterOverride(name, text, where)));
        return new SourceDefinition(source.code(), SourceType.valueOf(source.type()), source.name(), source.orgUnit(),
                CollectionMethod.valueOf(source.collectionMethod()), overrides, new SourceLocation("source " + source.code(), 0));
    }

    /** Submitted rows that no correction has replaced, except the ids in {@code excluded}. */
    List<ActivityRow> currentRows(String plantCode, Collection<Long> excluded) {
        long plantId = organisation.plant(plantCode).id();
        Map<String, Unit> units = new HashMap<>();
        List<ActivityRow> rows = jdbc.sql("""
                        select d.id, s.code, d.period_start, d.period_end, d.quantity, d.unit, d.item, d.uncertainty_pct,
                               d.estimation_method
                        from activity_datum d join emission_source s on s.id = d.source_id
                        where d.plant_id = ? and d.status = 'SUBMITTED' order by d.id""")
                .param(plantId)
                .query((rs, n) -> new ActivityRow(rs.getString(2), rs.getObject(3, java.time.LocalDate.class),
                        rs.getObject(4, java.time.LocalDate.class),
                        new Quantity(rs.getBigDecimal(5), units.computeIfAbsent(rs.getString(6), Units::parse)), rs.getString(7),
                        rs.getBigDecimal(8), new SourceLocation(DATUM, (int) rs.getLong(1)), rs.getString(9)))
                .list();
        if (excluded.isEmpty()) {
            return rows;
        }
        return rows.stream().filter(row -> !excluded.contains((long) row.location().line())).toList();
    }

    /**
     * Runs the engine over the stored rows plus {@code added} (minus {@code replaced}) for every year
     * the added rows touch; throws InvalidInputException listing every problem, changing nothing.
     */
    public void check(String plantCode, List<ActivityRow> added, Collection<Long> replaced) {
        lock(plantCode);
        List<ActivityRow> stored = currentRows(plantCode, List.of());
        Set<Integer> touched = new TreeSet<>();
        added.forEach(row -> addYears(touched, row));
        stored.stream().filter(row -> replaced.contains(id(row))).forEach(row -> addYears(touched, row));
        guard(plantCode, touched);
        PlantDefinition plant = definition(plantCode);
        List<ActivityRow> all = new ArrayList<>(stored.stream().filter(row -> !replaced.contains(id(row))).toList());
        all.addAll(added);
        List<InputProblem> overlaps = PeriodChecks.overlaps(all, row -> !DATUM.equals(row.location().file()));
        if (!overlaps.isEmpty()) {
            throw new InvalidInputException(overlaps);
        }
        Set<Integer> years = new TreeSet<>();
        added.forEach(row -> addYears(years, row));
        stored.stream().filter(row -> replaced.contains(id(row))).forEach(row -> addYears(years, row));
        InventoryCalculator calculator = new InventoryCalculator(library);
        for (int year : years) {
            calculator.calculate(plant, all, year, null);
        }
    }

    /**
     * Checks every year that has stored data, e.g. after a source's parameters changed: a change
     * that would make an inventory fail is refused.
     */
    public void checkAllYears(String plantCode) {
        PlantDefinition plant = definition(plantCode);
        List<ActivityRow> stored = currentRows(plantCode, List.of());
        Set<Integer> years = new TreeSet<>();
        stored.forEach(row -> addYears(years, row));
        InventoryCalculator calculator = new InventoryCalculator(library);
        for (int year : years) {
            calculator.calculate(plant, stored, year, null);
        }
    }

    @EventListener
    void onParametersChanged(SourceParametersChanged event) {
        Set<Integer> years = new TreeSet<>();
        currentRows(event.plant(), List.of()).forEach(row -> addYears(years, row));
        guard(event.plant(), years);
        checkAllYears(event.plant());
    }

    /** Asks every {@link PeriodGuard} whether the years may change; a guard refuses by throwing. */
    private void guard(String plantCode, Collection<Integer> years) {
        if (!years.isEmpty()) {
            guards.orderedStream().forEach(guard -> guard.checkWritable(plantCode, years));
        }
    }

    /** Serialises writers of one plant's activity data (and its inventory runs) until the transaction ends. */
    public void lock(String plantCode) {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(organisation.plant(plantCode).id()).query(Object.class).list();
    }

    private static long id(ActivityRow row) {
        return row.location().line();
    }

    private static void addYears(Set<Integer> years, ActivityRow row) {
        for (int year = row.start().getYear(); year <= row.end().minusDays(1).getYear(); year++) {
            years.add(year);
        }
    }
}
