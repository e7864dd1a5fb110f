package io.autoghg.platform.readings;

import io.autoghg.platform.support.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two wire formats of a batch (docs/readings.md §4): JSON
 * {@code {"plant":…, "gateway":…, "batch":…, "readings":[{"meter","ts","value","unit","quality"}]}} and CSV
 * {@code meter,ts,value,unit[,quality]} with an optional header line. A body that is not JSON at all, or has
 * no "readings" array, is refused whole; everything about single readings is left to the checks.
 */
final class ReadingPayloads {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ReadingPayloads() {
    }

    static ReadingPayload json(byte[] body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new BadRequestException("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequestException("body", "the body must be a JSON object {\"readings\": [...]}");
        }
        JsonNode readings = root.get("readings");
        if (readings == null || !readings.isArray()) {
            throw new BadRequestException("readings", "the body needs a \"readings\" array");
        }
        List<RawReading> rows = new ArrayList<>(readings.size());
        int index = 0;
        for (JsonNode reading : readings) {
            rows.add(reading(index++, reading));
        }
        return new ReadingPayload(text(root.get("plant")), text(root.get("gateway")), text(root.get("batch")), rows);
    }

    private static RawReading reading(int row, JsonNode node) {
        if (!node.isObject()) {
            return new RawReading(row, null, null, null, "a reading must be an object {\"meter\",\"ts\",\"value\",\"unit\"}",
                    null, null);
        }
        JsonNode value = node.get("value");
        Double number = null;
        String problem = null;
        if (value == null || value.isNull()) {
            problem = "no value";
        } else if (value.isNumber()) {
            number = value.asDouble();
        } else if (value.isString()) {
            problem = "'" + value.asString() + "' is not a number; send a JSON number";
        } else {
            problem = "the value must be a JSON number";
        }
        return new RawReading(row, text(node.get("meter")), text(node.get("ts")), number, problem, text(node.get("unit")),
                text(node.get("quality")));
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isString() ? node.asString() : node.toString();
    }

    /** CSV lines meter,ts,value,unit[,quality]; rows are line numbers; a first line starting with "meter" is the header. */
    static ReadingPayload csv(byte[] body, String plant) {
        String text = new String(body, StandardCharsets.UTF_8);
        List<RawReading> rows = new ArrayList<>();
        int line = 0;
        int start = 0;
        int length = text.length();
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            start = 1;
        }
        while (start < length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            String content = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            line++;
            if (content.isBlank() || (line == 1 && content.strip().toLowerCase(java.util.Locale.ROOT).startsWith("meter"))) {
                continue;
            }
            rows.add(csvRow(line, content));
        }
        return new ReadingPayload(plant, null, null, rows);
    }

    private static RawReading csvRow(int line, String content) {
        String[] fields = content.split(",", -1);
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i].strip();
            if (field.length() >= 2 && field.startsWith("\"") && field.endsWith("\"")) {
                field = field.substring(1, field.length() - 1).strip();
            }
            fields[i] = field;
        }
        String meter = fields[0].isEmpty() ? null : fields[0];
        if (fields.length < 3) {
            return new RawReading(line, meter, null, null, "a line needs meter,ts,value,unit", null, null);
        }
        Double value = null;
        String problem = null;
        try {
            value = Double.parseDouble(fields[2]);
        } catch (NumberFormatException e) {
            problem = fields[2].isEmpty() ? "no value" : "'" + fields[2] + "' is not a number";
        }
        String unit = fields.length > 3 && !fields[3].isEmpty() ? fields[3] : null;
        String quality = fields.length > 4 && !fields[4].isEmpty() ? fields[4] : null;
        return new RawReading(line, meter, fields[1].isEmpty() ? null : fields[1], value, problem, unit, quality);
    }
}
