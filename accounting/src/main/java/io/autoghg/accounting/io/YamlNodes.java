package io.autoghg.accounting.io;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Reads a composed YAML tree while remembering each node's line, collecting problems instead of failing early. */
final class YamlNodes {
    private final String file;
    private final List<InputProblem> problems;

    YamlNodes(String file, List<InputProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    SourceLocation at(Node node) {
        return new SourceLocation(file, node.getStartMark().getLine() + 1);
    }

    void problem(Node node, String field, String message) {
        problems.add(new InputProblem(at(node), field, message));
    }

    /** Keys of a mapping in order; unknown keys are problems. Null when the node is not a mapping. */
    Map<String, Node> mapping(Node node, String field, Set<String> allowed) {
        if (!(node instanceof MappingNode mapping)) {
            problem(node, field, field + " must be a mapping (key: value)");
            return null;
        }
        Map<String, Node> values = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            String key = tuple.getKeyNode() instanceof ScalarNode scalar ? scalar.getValue() : null;
            if (key == null) {
                problem(tuple.getKeyNode(), field, "keys of " + field + " must be plain words");
            } else if (allowed != null && !allowed.contains(key)) {
                problem(tuple.getKeyNode(), field + "." + key, "unknown key '" + key + "' in " + field + "; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()));
            } else if (values.put(key, tuple.getValueNode()) != null) {
                problem(tuple.getKeyNode(), field + "." + key, "key '" + key + "' appears twice");
            }
        }
        return values;
    }

    List<Node> sequence(Node node, String field) {
        if (!(node instanceof SequenceNode sequence)) {
            problem(node, field, field + " must be a list");
            return List.of();
        }
        return sequence.getValue();
    }

    String scalar(Map<String, Node> map, Node owner, String key, String field, boolean required) {
        Node node = map.get(key);
        if (node == null) {
            if (required) {
                problem(owner, field + "." + key, "missing required key '" + key + "'");
            }
            return null;
        }
        if (!(node instanceof ScalarNode scalar)) {
            problem(node, field + "." + key, key + " must be a single value");
            return null;
        }
        String value = scalar.getValue().strip();
        if (required && value.isEmpty()) {
            problem(node, field + "." + key, key + " is empty");
            return null;
        }
        return value;
    }
}
