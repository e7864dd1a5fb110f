package io.autoghg.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Parameter overrides as the console edits them: one "name=value" line each. */
final class SetupParameters {
    private SetupParameters() {
    }

    static String format(Map<String, String> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n"));
    }

    /** Reads the lines of a text area; a line without "=" (or without a name) is a message next to the field. */
    static Map<String, String> parse(DataForm form, String field, DataForms forms) {
        Map<String, String> parameters = new LinkedHashMap<>();
        List<String> lines = form.get(field).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals <= 0) {
                form.reject(field, forms.message("setup.parameters.badLine", String.valueOf(i + 1), line));
                continue;
            }
            parameters.put(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
        }
        return parameters;
    }
}
