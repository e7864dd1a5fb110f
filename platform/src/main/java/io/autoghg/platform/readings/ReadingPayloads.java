package io.autoghg.platform.readings;

import io.autoghg.platform.support.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the two wire formats of a batch (docs/readings.md §4): JSON
 * {@code {"plant":…, "gateway":…, "batch":…, "readings":[{"meter","ts","value","unit","quality"}]}} and CSV
 * {@code meter,ts,value,unit[,quality]} with an optional header line. A body that is not JSON at all, or has
 * no "readings" array, is refused whole; everything about single readings is left to the checks.
 */
final class ReadingPayloads {
    // trailing content after the body is checked by hand; this mapper reads only fields that are objects or arrays
    private static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private ReadingPayloads() {
    }

    /**
     * Reads the JSON form token by token, straight into {@link RawReading}s (no tree of nodes per reading:
     * a 5,000-reading request would otherwise allocate some 30,000 nodes). A field that appears twice
     * counts with its last value, as in a tree.
     */
    static ReadingPayload json(byte[] body) {
        try (JsonParser parser = JSON.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRequestException("body", "the body must be a JSON object {\"readings\": [...]}");
            }
            String plant = null;
            String gateway = null;
            String batch = null;
            List<RawReading> rows = null;
            boolean notAnArray = false;
            for (String name = parser.nextName(); name != null; name = parser.nextName()) {
                JsonToken token = parser.nextToken();
                switch (name) {
                    case "plant" -> plant = text(parser, token);
                    case "gateway" -> gateway = text(parser, token);
                    case "batch" -> batch = text(parser, token);
                    case "readings" -> {
                        notAnArray = token != JsonToken.START_ARRAY;
                        rows = notAnArray ? skip(parser) : readings(parser);
                    }
                    default -> parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new BadRequestException("body", "malformed JSON: more content after the end of the object");
            }
            if (rows == null || notAnArray) {
                throw new BadRequestException("readings", "the body needs a \"readings\" array");
            }
            return new ReadingPayload(plant, gateway, batch, rows);
        } catch (JacksonException e) {
            throw new BadRequestException("body", "malformed JSON: " + e.getOriginalMessage());
        }
    }

    private static List<RawReading> skip(JsonParser parser) {
        parser.skipChildren();
        return null;
    }

    private static List<RawReading> readings(JsonParser parser) {
        List<RawReading> rows = new ArrayList<>();
        int index = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            rows.add(token == JsonToken.START_OBJECT ? reading(index++, parser) : notAnObject(index++, parser));
        }
        return rows;
    }

    private static RawReading notAnObject(int row, JsonParser parser) {
        parser.skipChildren();
        return new RawReading(row, null, null, null, "a reading must be an object {\"meter\",\"ts\",\"value\",\"unit\"}", null, null);
    }

    /** One reading object, the parser on its START_OBJECT. */
    private static RawReading reading(int row, JsonParser parser) {
        String meter = null;
        String ts = null;
        String unit = null;
        String quality = null;
        Double number = null;
        String problem = "no value";
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken token = parser.nextToken();
            switch (name) {
                case "meter" -> meter = text(parser, token);
                case "ts" -> ts = text(parser, token);
                case "unit" -> unit = text(parser, token);
                case "quality" -> quality = text(parser, token);
                case "value" -> {
                    number = null;
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        number = parser.getValueAsDouble();
                        problem = null;
                    } else if (token == JsonToken.VALUE_NULL) {
                        problem = "no value";
                    } else if (token == JsonToken.VALUE_STRING) {
                        problem = "'" + parser.getString() + "' is not a number; send a JSON number";
                    } else {
                        parser.skipChildren();
                        problem = "the value must be a JSON number";
                    }
                }
                default -> parser.skipChildren();
            }
        }
        return new RawReading(row, meter, ts, number, problem, unit, quality);
    }

    /** A field as text: a string as it is, null as null, anything else as its JSON text. */
    private static String text(JsonParser parser, JsonToken token) {
        if (token == JsonToken.VALUE_STRING) {
            return parser.getString();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            JsonNode node = JSON.readTree(parser);
            return node.toString();
        }
        return parser.getString();
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
