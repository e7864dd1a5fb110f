package io.autoghg.accounting.testing;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import io.autoghg.accounting.unit.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test data builders: {@code aPlant().withSource("NG", STAT_COMB_NG, "ncv", "0.038931 GJ/Nm3")
 * .withRow("NG", "2025-01-01", "2026-01-01", "1000", "Nm3").calculate(2025)}.
 */
public final class TestPlants {
    private final List<SourceDefinition> sources = new ArrayList<>();
    private final List<ActivityRow> rows = new ArrayList<>();
    private GwpSet gwp = GwpSet.AR5;
    private int line = 2;

    private TestPlants() {
    }

    public static TestPlants aPlant() {
        return new TestPlants();
    }

    public TestPlants withGwp(GwpSet set) {
        gwp = set;
        return this;
    }

    /** Adds a source; {@code parameters} are name/text pairs, e.g. "ncv", "0.038931 GJ/Nm3". */
    public TestPlants withSource(String code, SourceType type, String... parameters) {
        Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length; i += 2) {
            overrides.put(parameters[i], new ParameterOverride(parameters[i], parameters[i + 1],
                    new SourceLocation("plant.yaml", 10 + sources.size())));
        }
        sources.add(new SourceDefinition(code, type, code, "UNIT-" + type.scope().name(), type.defaultCollectionMethod(),
                overrides, new SourceLocation("plant.yaml", 10 + sources.size())));
        return this;
    }

    public TestPlants withRow(String source, String start, String end, String quantity, String unit) {
        return withRow(source, start, end, quantity, unit, "", null);
    }

    public TestPlants withRow(String source, String start, String end, String quantity, String unit, String item) {
        return withRow(source, start, end, quantity, unit, item, null);
    }

    public TestPlants withRow(String source, String start, String end, String quantity, String unit, String item,
                              String uncertaintyPct) {
        rows.add(new ActivityRow(source, LocalDate.parse(start), LocalDate.parse(end), Quantity.of(quantity, unit), item,
                uncertaintyPct == null ? null : new BigDecimal(uncertaintyPct), new SourceLocation("activity.csv", line++)));
        return this;
    }

    /** A whole-year row for 2025 of the main input. */
    public TestPlants withYear(String source, String quantity, String unit) {
        return withRow(source, "2025-01-01", "2026-01-01", quantity, unit);
    }

    /** A whole-year row for 2025 of an item. */
    public TestPlants withYear(String source, String quantity, String unit, String item) {
        return withRow(source, "2025-01-01", "2026-01-01", quantity, unit, item);
    }

    public PlantDefinition plant() {
        return new PlantDefinition("T1", "Test plant", "Asia/Shanghai", gwp, List.of(), sources, new SourceLocation("plant.yaml", 1));
    }

    public List<ActivityRow> rows() {
        return List.copyOf(rows);
    }

    public InventoryResult calculate(int year) {
        return new InventoryCalculator(ParameterLibrary.shipped()).calculate(plant(), rows(), year, null);
    }

    public InventoryResult calculate(int year, GwpSet override) {
        return new InventoryCalculator(ParameterLibrary.shipped()).calculate(plant(), rows(), year, override);
    }
}
