package io.autoghg.accounting.method;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.trace.Trace;
import io.autoghg.accounting.unit.Dimension;
import io.autoghg.accounting.unit.Quantity;
import io.autoghg.accounting.unit.Unit;
import io.autoghg.accounting.unit.Units;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a method sees of one source: its activity rows by input item (already limited to the
 * reporting year), its parameters (override or library) and the trace. Every value a method takes
 * from here is written to the trace, and its uncertainty is kept for propagation.
 */
public final class MethodContext {
    private final SourceDefinition source;
    private final Map<String, List<ActivityRow>> rowsByItem;
    private final ParameterResolver parameters;
    private final Trace trace;
    private final Map<String, BigDecimal> uncertainties = new LinkedHashMap<>();
    private final Map<String, ResolvedParameter> resolved = new HashMap<>();
    private final java.util.Set<String> asked = new java.util.HashSet<>();

    public MethodContext(SourceDefinition source, Map<String, List<ActivityRow>> rowsByItem, ParameterResolver parameters,
                         Trace trace) {
        this.source = source;
        this.rowsByItem = rowsByItem;
        this.parameters = parameters;
        this.trace = trace;
    }

    public SourceDefinition source() {
        return source;
    }

    public Trace trace() {
        return trace;
    }

    public boolean has(String item) {
        return rowsByItem.containsKey(item);
    }

    public Set<String> items() {
        return rowsByItem.keySet();
    }

    /** The rows of one input item (already limited to the reporting year). */
    public List<ActivityRow> rows(String item) {
        return rowsByItem.getOrDefault(item, List.of());
    }

    /** Fails on input items the method does not know, so a typo never silently drops data. */
    public void requireKnownItems(Set<String> known) {
        for (Map.Entry<String, List<ActivityRow>> entry : rowsByItem.entrySet()) {
            if (!known.contains(entry.getKey())) {
                ActivityRow row = entry.getValue().get(0);
                throw new InvalidInputException(new InputProblem(row.location(), "item",
                        "source " + source.code() + " (" + source.type().code() + "): unknown item '" + entry.getKey()
                                + "'; this method takes " + describeItems(known)));
            }
        }
    }

    private static String describeItems(Set<String> known) {
        return known.stream().map(item -> item.isEmpty() ? "(empty = main input)" : item).sorted().toList().toString();
    }

    /** Sum of an item's rows in {@code target}; rows in another dimension are an error naming the row. */
    public ActivityTotal total(String item, String description, Unit target) {
        return total(item, description, target, null);
    }

    /**
     * Sum of an item's rows in {@code target}. Rows in volume (L, m3, Nm3) where a mass is wanted, or
     * the reverse, are converted with the density parameter, and the trace says so.
     */
    public ActivityTotal total(String item, String description, Unit target, String densityParameter) {
        List<ActivityRow> rows = rowsByItem.getOrDefault(item, List.of());
        BigDecimal sum = BigDecimal.ZERO;
        List<BigDecimal> absolutes = new java.util.ArrayList<>();
        Map<Unit, BigDecimal> converted = new LinkedHashMap<>();
        for (ActivityRow row : rows) {
            BigDecimal value = inUnit(row, description, target, densityParameter);
            if (!row.quantity().unit().sameDimensionAs(target)) {
                converted.merge(row.quantity().unit(), row.quantity().value(), BigDecimal::add);
            }
            sum = sum.add(value);
            if (row.uncertaintyPct() != null) {
                absolutes.add(value.abs().multiply(row.uncertaintyPct()).movePointLeft(2));
            }
        }
        BigDecimal absolute = Quadrature.root(absolutes);
        ActivityTotal total = new ActivityTotal(item, sum, target, absolute, RowReferences.of(rows));
        String detail = description + ": sum of " + rows.size() + " row(s)" + estimates(rows, target, densityParameter, description)
                + (converted.isEmpty() ? "" : "; " + describeConversions(converted, target, densityParameter))
                + (absolute == null ? "" : "; uncertainty ±" + pct(total.relativeUncertaintyPct()) + " %");
        trace.input(item.isEmpty() ? "activity" : item, sum, target.symbol(), detail, total.rows());
        if (total.relativeUncertaintyPct() != null) {
            uncertainties.put("activity " + (item.isEmpty() ? "(main)" : item), total.relativeUncertaintyPct());
        }
        return total;
    }

    /** "; of which 3 row(s) (12.5 t) estimated by linear interpolation" — estimates are never hidden. */
    private String estimates(List<ActivityRow> rows, Unit target, String densityParameter, String description) {
        Map<String, List<ActivityRow>> byMethod = new LinkedHashMap<>();
        rows.stream().filter(ActivityRow::isEstimated)
                .forEach(row -> byMethod.computeIfAbsent(row.estimatedBy(), method -> new java.util.ArrayList<>()).add(row));
        StringBuilder text = new StringBuilder();
        byMethod.forEach((method, estimated) -> {
            BigDecimal amount = BigDecimal.ZERO;
            for (ActivityRow row : estimated) {
                amount = amount.add(inUnit(row, description, target, densityParameter));
            }
            text.append("; of which ").append(estimated.size()).append(" row(s) (").append(amount.stripTrailingZeros().toPlainString())
                    .append(' ').append(target.symbol()).append(") estimated by ").append(method);
        });
        return text.toString();
    }

    private String describeConversions(Map<Unit, BigDecimal> converted, Unit target, String densityParameter) {
        StringBuilder text = new StringBuilder("converted to ").append(target.symbol());
        converted.forEach((unit, value) -> text.append(" from ").append(value.toPlainString()).append(' ').append(unit.symbol()));
        if (densityParameter != null && resolved.containsKey(densityParameter)) {
            text.append(" with density ").append(resolved.get(densityParameter).value());
        }
        return text.toString();
    }

    private BigDecimal inUnit(ActivityRow row, String description, Unit target, String densityParameter) {
        Quantity quantity = row.quantity();
        Unit unit = quantity.unit();
        if (unit.sameDimensionAs(target)) {
            return quantity.in(target);
        }
        boolean volumeToMass = isVolume(unit) && target.numerator() == Dimension.MASS && !target.isRatio();
        boolean massToVolume = unit.numerator() == Dimension.MASS && !unit.isRatio() && isVolume(target);
        if (densityParameter != null && (volumeToMass || massToVolume)) {
            Unit volume = volumeToMass ? unit : target;
            Unit densityUnit = Units.parse("t/" + volume.symbol());
            BigDecimal density = parameterIn(densityParameter, densityUnit);
            return volumeToMass
                    ? quantity.value().multiply(density).multiply(Units.convert(BigDecimal.ONE, Units.T, target))
                    : quantity.in(Units.T).divide(density, Units.MATH);
        }
        throw new InvalidInputException(new InputProblem(row.location(), "unit",
                "source " + source.code() + " (" + source.type().code() + "): unit '" + unit.symbol() + "' ("
                        + unit.dimensionText() + ") does not fit " + description + ", which needs "
                        + target.dimensionText() + (densityParameter != null ? " (or a volume/mass with a density)" : "")
                        + ", e.g. " + target.symbol()));
    }

    private static boolean isVolume(Unit unit) {
        return !unit.isRatio() && (unit.numerator() == Dimension.VOLUME || unit.numerator() == Dimension.NORMAL_VOLUME);
    }

    /** A parameter the method cannot do without; missing is an error naming the parameter. */
    public ResolvedParameter parameter(String name, String meaning) {
        return optionalParameter(name).orElseThrow(() -> problem("parameters." + name,
                "missing required parameter '" + name + "' (" + meaning + ") for " + source.type().code()
                        + "; the library has no default for it"));
    }

    public Optional<ResolvedParameter> optionalParameter(String name) {
        asked.add(name);
        ResolvedParameter known = resolved.get(name);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<ResolvedParameter> found = parameters.resolve(name);
        found.ifPresent(parameter -> {
            resolved.put(name, parameter);
            trace.parameter(name, parameter.value().value(), parameter.value().unit().symbol(), parameter.provenance()
                    + (parameter.uncertaintyPct() == null ? "" : "; uncertainty ±" + pct(parameter.uncertaintyPct()) + " %"));
            if (parameter.uncertaintyPct() != null) {
                uncertainties.put("parameter " + name, parameter.uncertaintyPct());
            }
        });
        return found;
    }

    /** A required parameter's value in {@code unit}; a parameter in another dimension is an error. */
    public BigDecimal parameterIn(String name, Unit unit) {
        return valueIn(parameter(name, unit.dimensionText()), unit);
    }

    public BigDecimal valueIn(ResolvedParameter parameter, Unit unit) {
        if (!parameter.value().unit().sameDimensionAs(unit)) {
            throw problem("parameters." + parameter.name(), "parameter '" + parameter.name() + "' = " + parameter.value()
                    + " is " + parameter.value().unit().dimensionText() + ", but " + unit.dimensionText()
                    + " is needed (e.g. " + unit.symbol() + ")");
        }
        return parameter.value().in(unit);
    }

    public Optional<String> text(String name) {
        asked.add(name);
        return parameters.text(name);
    }

    /** Overrides the plant set for this source that the method never asked for (likely a mistake). */
    public List<String> unusedOverrides() {
        return source.parameters().keySet().stream()
                .filter(name -> !asked.contains(name) && !name.equals("fuel")).sorted().toList();
    }

    /** Leaves an input out of the result's uncertainty (it does not enter the reported figure). */
    public void excludeFromUncertainty(String item) {
        uncertainties.remove("activity " + (item.isEmpty() ? "(main)" : item));
    }

    /**
     * Replaces the activity contributions by one figure for a sum or difference of inputs, by the sum
     * rule U = √(Σ(Uᵢ·xᵢ)²) / |Σxᵢ| (methodology §7); the totals must share one unit.
     */
    public void replaceActivityUncertaintyBySum(String what, List<ActivityTotal> added, List<ActivityTotal> subtracted,
                                                BigDecimal result) {
        uncertainties.keySet().removeIf(key -> key.startsWith("activity "));
        List<BigDecimal> absolutes = java.util.stream.Stream.concat(added.stream(), subtracted.stream())
                .map(ActivityTotal::absoluteUncertainty).filter(java.util.Objects::nonNull).toList();
        BigDecimal root = Quadrature.root(absolutes);
        if (root != null && result.signum() != 0) {
            uncertainties.put(what, root.multiply(BigDecimal.valueOf(100)).divide(result.abs(), Units.MATH));
        }
    }

    /**
     * Relative uncertainty of the source's result (percent, 95 %): the method's inputs are combined
     * as a product, U = √(ΣUᵢ²). Null when no input carried an uncertainty.
     */
    public BigDecimal combinedUncertaintyPct() {
        return Quadrature.root(uncertainties.values());
    }

    public InvalidInputException problem(String field, String message) {
        ParameterOverride override = field.startsWith("parameters.")
                ? source.parameters().get(field.substring("parameters.".length())) : null;
        SourceLocation where = override != null ? override.location() : source.location();
        return new InvalidInputException(new InputProblem(where, field, "source " + source.code() + ": " + message));
    }

    static String pct(BigDecimal value) {
        return value.round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
