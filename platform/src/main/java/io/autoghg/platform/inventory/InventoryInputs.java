package io.autoghg.platform.inventory;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.platform.support.Hashes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The inputs of one inventory run in canonical form: sources with their parameters, the ids of the
 * activity data in the period, the GWP set and the parameter library version. Their SHA-256 tells
 * whether a stored version is still current; the snapshot (as JSON) explains a diff.
 */
final class InventoryInputs {
    private final String canonical;
    private final Map<String, Object> snapshot = new LinkedHashMap<>();

    InventoryInputs(PlantDefinition plant, List<ActivityRow> rows, LocalDate from, LocalDate to, String gwp, String library) {
        StringBuilder text = new StringBuilder("period=" + from + "/" + to + "\ngwp=" + gwp + "\nlibrary=" + library
                + "\nplant=" + plant.code() + "|" + plant.name() + "\n");
        snapshot.put("gwp", gwp);
        snapshot.put("library", library);
        Map<String, Object> sources = new TreeMap<>();
        for (SourceDefinition source : plant.sources().stream().sorted(Comparator.comparing(SourceDefinition::code)).toList()) {
            Map<String, String> parameters = new TreeMap<>();
            source.parameters().forEach((name, override) -> parameters.put(name, override.text()));
            text.append("source=").append(source.code()).append('|').append(source.type()).append('|')
                    .append(source.name()).append('|').append(source.orgUnit()).append('|').append(parameters).append('\n');
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("type", source.type().code());
            entry.put("orgUnit", source.orgUnit());
            entry.put("parameters", parameters);
            entry.put("data", new ArrayList<Long>());
            sources.put(source.code(), entry);
        }
        rows.stream().filter(row -> row.end().isAfter(from) && row.start().isBefore(to))
                .sorted(Comparator.comparing((ActivityRow row) -> row.location().line()))
                .forEach(row -> {
                    text.append("datum=").append(row.location().line()).append('|').append(row.source()).append('|')
                            .append(row.item()).append('|').append(row.start()).append('|').append(row.end()).append('|')
                            .append(row.quantity().value().toPlainString()).append('|').append(row.quantity().unit().symbol())
                            .append('|').append(row.uncertaintyPct()).append('\n');
                    @SuppressWarnings("unchecked")
                    Map<String, Object> entry = (Map<String, Object>) sources.get(row.source());
                    if (entry != null) {
                        @SuppressWarnings("unchecked")
                        List<Long> data = (List<Long>) entry.get("data");
                        data.add((long) row.location().line());
                    }
                });
        snapshot.put("sources", sources);
        canonical = text.toString();
    }

    String hash() {
        return Hashes.sha256(canonical);
    }

    Map<String, Object> snapshot() {
        return snapshot;
    }
}
