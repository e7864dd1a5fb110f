package io.autoghg.accounting.io;

import io.autoghg.accounting.catalogue.CollectionMethod;
import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import io.autoghg.accounting.engine.OrgUnitDefinition;
import io.autoghg.accounting.engine.ParameterOverride;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.engine.SourceDefinition;
import io.autoghg.accounting.engine.SourceLocation;
import io.autoghg.accounting.method.ParameterNames;
import io.autoghg.accounting.parameter.GwpSet;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads the plant file (YAML): plant {code, name, timezone, gwp}, optional orgUnits, and sources
 * with their catalogue type and parameter overrides. Every problem names the file, line and key.
 */
public final class PlantFileReader {
    private static final Set<String> TOP = Set.of("plant", "orgUnits", "sources");
    private static final Set<String> PLANT_KEYS = Set.of("code", "name", "timezone", "gwp");
    private static final Set<String> UNIT_KEYS = Set.of("code", "name", "nameZh");
    private static final Set<String> SOURCE_KEYS = Set.of("code", "type", "name", "orgUnit", "collection", "parameters");

    public PlantDefinition read(Path file) {
        try {
            return read(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
        } catch (IOException e) {
            throw new InvalidInputException(new InputProblem(new SourceLocation(file.toString(), 0), null,
                    "cannot read the file: " + e.getMessage()));
        }
    }

    public PlantDefinition read(String text, String fileName) {
        List<InputProblem> problems = new ArrayList<>();
        Node root = compose(new StringReader(text), fileName);
        YamlNodes yaml = new YamlNodes(fileName, problems);
        Map<String, Node> top = yaml.mapping(root, "file", TOP);
        if (top == null) {
            throw new InvalidInputException(problems);
        }
        Node plantNode = top.get("plant");
        if (plantNode == null) {
            yaml.problem(root, "plant", "missing the 'plant' section");
            throw new InvalidInputException(problems);
        }
        Map<String, Node> plant = yaml.mapping(plantNode, "plant", PLANT_KEYS);
        String code = plant == null ? null : yaml.scalar(plant, plantNode, "code", "plant", true);
        String name = plant == null ? null : yaml.scalar(plant, plantNode, "name", "plant", false);
        String timezone = plant == null ? null : yaml.scalar(plant, plantNode, "timezone", "plant", false);
        String gwpText = plant == null ? null : yaml.scalar(plant, plantNode, "gwp", "plant", false);
        if (timezone != null) {
            try {
                ZoneId.of(timezone);
            } catch (DateTimeException e) {
                yaml.problem(plant.get("timezone"), "plant.timezone", "'" + timezone + "' is not a time zone (e.g. Asia/Shanghai)");
            }
        }
        GwpSet gwp = GwpSet.AR5;
        if (gwpText != null) {
            gwp = GwpSet.find(gwpText).orElse(null);
            if (gwp == null) {
                yaml.problem(plant.get("gwp"), "plant.gwp", "unknown GWP set '" + gwpText + "'; use AR4, AR5 or AR6");
            }
        }
        List<OrgUnitDefinition> units = top.containsKey("orgUnits") ? orgUnits(yaml, top.get("orgUnits")) : List.of();
        List<SourceDefinition> sources = new ArrayList<>();
        if (!top.containsKey("sources")) {
            yaml.problem(root, "sources", "missing the 'sources' list");
        } else {
            Set<String> unitCodes = units.stream().map(OrgUnitDefinition::code).collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            for (Node node : yaml.sequence(top.get("sources"), "sources")) {
                SourceDefinition source = source(yaml, node, unitCodes, fileName);
                if (source != null && !seen.add(source.code())) {
                    yaml.problem(node, "sources.code", "source code '" + source.code() + "' is used twice; codes are unique in a plant");
                } else if (source != null) {
                    sources.add(source);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new PlantDefinition(code, name == null ? code : name, timezone == null ? "Asia/Shanghai" : timezone, gwp,
                units, sources, new SourceLocation(fileName, 1));
    }

    private static Node compose(Reader reader, String fileName) {
        try {
            Node root = new Yaml(new LoaderOptions()).compose(reader);
            if (root == null) {
                throw new InvalidInputException(new InputProblem(new SourceLocation(fileName, 1), null, "the file is empty"));
            }
            return root;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new InvalidInputException(new InputProblem(new SourceLocation(fileName, line), null,
                    "malformed YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            throw new InvalidInputException(new InputProblem(new SourceLocation(fileName, 0), null, "malformed YAML: " + e.getMessage()));
        }
    }

    private static List<OrgUnitDefinition> orgUnits(YamlNodes yaml, Node node) {
        List<OrgUnitDefinition> units = new ArrayList<>();
        for (Node item : yaml.sequence(node, "orgUnits")) {
            Map<String, Node> map = yaml.mapping(item, "orgUnits", UNIT_KEYS);
            if (map != null) {
                String code = yaml.scalar(map, item, "code", "orgUnits", true);
                if (code != null) {
                    units.add(new OrgUnitDefinition(code, yaml.scalar(map, item, "name", "orgUnits", false),
                            yaml.scalar(map, item, "nameZh", "orgUnits", false)));
                }
            }
        }
        return units;
    }

    private static SourceDefinition source(YamlNodes yaml, Node node, Set<String> unitCodes, String fileName) {
        Map<String, Node> map = yaml.mapping(node, "sources", SOURCE_KEYS);
        if (map == null) {
            return null;
        }
        String code = yaml.scalar(map, node, "code", "sources", true);
        String typeCode = yaml.scalar(map, node, "type", "sources", true);
        SourceType type = typeCode == null ? null : SourceType.find(typeCode).orElse(null);
        if (typeCode != null && type == null) {
            yaml.problem(map.get("type"), "sources.type", "unknown source type '" + typeCode + "'; the catalogue has "
                    + Arrays.stream(SourceType.values()).map(SourceType::code).collect(Collectors.joining(", ")));
        }
        String orgUnit = yaml.scalar(map, node, "orgUnit", "sources", false);
        if (orgUnit != null && !unitCodes.isEmpty() && !unitCodes.contains(orgUnit)) {
            yaml.problem(map.get("orgUnit"), "sources.orgUnit", "organisational unit '" + orgUnit + "' is not in orgUnits: "
                    + String.join(", ", unitCodes.stream().sorted().toList()));
        }
        CollectionMethod collection = type == null ? null : type.defaultCollectionMethod();
        String collectionText = yaml.scalar(map, node, "collection", "sources", false);
        if (collectionText != null) {
            try {
                collection = CollectionMethod.valueOf(collectionText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                yaml.problem(map.get("collection"), "sources.collection", "unknown collection method '" + collectionText
                        + "'; use METERED, DIRECT, MANUAL or INTEGRATION");
            }
        }
        Map<String, ParameterOverride> parameters = map.containsKey("parameters")
                ? parameters(yaml, map.get("parameters"), code, fileName) : Map.of();
        if (code == null || type == null) {
            return null;
        }
        String name = yaml.scalar(map, node, "name", "sources", false);
        return new SourceDefinition(code, type, name == null ? type.nameEn() : name, orgUnit, collection, parameters,
                yaml.at(node));
    }

    private static Map<String, ParameterOverride> parameters(YamlNodes yaml, Node node, String source, String fileName) {
        Map<String, Node> map = yaml.mapping(node, "parameters", ParameterNames.ALL);
        Map<String, ParameterOverride> overrides = new LinkedHashMap<>();
        if (map == null) {
            return overrides;
        }
        for (Map.Entry<String, Node> entry : map.entrySet()) {
            String text = yaml.scalar(map, node, entry.getKey(), "parameters", true);
            if (text == null) {
                continue;
            }
            try {
                ParameterNames.check(entry.getKey(), text);
            } catch (IllegalArgumentException e) {
                yaml.problem(entry.getValue(), "parameters." + entry.getKey(), "source " + source + ": " + e.getMessage());
                continue;
            }
            overrides.put(entry.getKey(), new ParameterOverride(entry.getKey(), text, yaml.at(entry.getValue())));
        }
        return overrides;
    }
}
