package io.autoghg.accounting.io;

import static io.autoghg.accounting.testing.TestPlants.aPlant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.accounting.catalogue.CollectionMethod;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The JSON result contract: {"plant","year","gwp","totals":{"total","scope1","scope2Location","scope2Market","scope3"},
 * "sources":[{"code","type","scope","tco2e","gases":[{"gas","mass_t","tco2e"}],"uncertaintyPct","trace":[…]}]}.
 * The output is parsed with a small strict JSON parser written here (no JSON library on the classpath).
 */
class ResultJsonTests {

    // SF6 10 kg ±10 % = 0.01 t × 23 500 (AR5) = 235 tCO2e, uncertainty 10 %
    // grid 1 000 MWh × 0.5703 = 570.3 tCO2 location-based; market-based 1 000 × 0.5856 = 585.6 t; no uncertainty
    private final InventoryResult result = aPlant()
            .withSource("SF6", SourceType.FUG_OTHER, "gas", "SF6")
            .withSource("GRID", SourceType.ELEC_PURCHASED)
            .withRow("SF6", "2025-01-01", "2026-01-01", "10", "kg", "", "10")
            .withYear("GRID", "1000", "MWh")
            .calculate(2025);

    @SuppressWarnings("unchecked")
    private static Map<String, Object> object(Object value) {
        assertThat(value).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> array(Object value) {
        assertThat(value).isInstanceOf(List.class);
        return (List<Object>) value;
    }

    @Nested
    class Contract {
        private final Map<String, Object> json = object(MiniJson.parse(ResultJson.write(result, true)));

        @Test
        void theTopLevelCarriesPlantYearGwpTotalsAndSources() {
            assertThat(json).containsKeys("plant", "year", "gwp", "totals", "sources");
            assertThat(json.get("plant")).isEqualTo("T1");
            assertThat((BigDecimal) json.get("year")).isEqualByComparingTo("2025");
            assertThat(json.get("gwp")).isEqualTo("AR5");
        }

        @Test
        void theTotalsCarryTheFiveGhgProtocolFigures() {
            Map<String, Object> totals = object(json.get("totals"));

            assertThat(totals).containsKeys("total", "scope1", "scope2Location", "scope2Market", "scope3");
            assertThat((BigDecimal) totals.get("total")).isEqualByComparingTo("805.3");          // 235 + 570.3 + 0
            assertThat((BigDecimal) totals.get("scope1")).isEqualByComparingTo("235");
            assertThat((BigDecimal) totals.get("scope2Location")).isEqualByComparingTo("570.3");
            assertThat((BigDecimal) totals.get("scope2Market")).isEqualByComparingTo("585.6");
            assertThat((BigDecimal) totals.get("scope3")).isEqualByComparingTo("0");
        }

        @Test
        void everySourceCarriesCodeTypeScopeTco2eGasesUncertaintyAndTrace() {
            List<Object> sources = array(json.get("sources"));
            assertThat(sources).hasSize(2);
            sources.forEach(source -> assertThat(object(source))
                    .containsKeys("code", "type", "scope", "tco2e", "gases", "uncertaintyPct", "trace"));

            Map<String, Object> sf6 = object(sources.get(0));
            assertThat(sf6.get("code")).isEqualTo("SF6");
            assertThat(sf6.get("type")).isEqualTo("FUG_OTHER");
            assertThat(sf6.get("scope")).isEqualTo("scope1");
            assertThat((BigDecimal) sf6.get("tco2e")).isEqualByComparingTo("235");
            assertThat((BigDecimal) sf6.get("uncertaintyPct")).isEqualByComparingTo("10");
            Map<String, Object> gas = object(array(sf6.get("gases")).get(0));
            assertThat(gas).containsKeys("gas", "mass_t", "tco2e");
            assertThat(gas.get("gas")).isEqualTo("SF6");
            assertThat((BigDecimal) gas.get("mass_t")).isEqualByComparingTo("0.01");
            assertThat((BigDecimal) gas.get("tco2e")).isEqualByComparingTo("235");
            List<Object> trace = array(sf6.get("trace"));
            assertThat(trace).isNotEmpty();
            trace.forEach(entry -> assertThat(object(entry)).containsKeys("kind", "name", "detail"));
            assertThat(trace).anySatisfy(entry -> assertThat(object(entry).get("kind")).isEqualTo("input"));

            Map<String, Object> grid = object(sources.get(1));
            assertThat(grid.get("scope")).isEqualTo("scope2");
            assertThat((BigDecimal) grid.get("tco2e")).isEqualByComparingTo("570.3");
            assertThat(grid).containsEntry("uncertaintyPct", null);   // present, and null when no uncertainty was given
            assertThat((BigDecimal) object(array(grid.get("gases")).get(0)).get("mass_t")).isEqualByComparingTo("570.3");
        }

        @Test
        void aMemoItemIsListedApartAndNotInTheGases() {
            // R-22 screening: 500 kg × 8 % = 40 kg = 0.04 t HCFC-22, outside the Kyoto basket (methodology §5)
            InventoryResult memo = aPlant()
                    .withSource("R22", SourceType.FUG_REFRIGERANT_HVAC, "gas", "R-22", "method", "screening", "leakRate", "0.08")
                    .withYear("R22", "500", "kg", "charge")
                    .calculate(2025);

            Map<String, Object> json = object(MiniJson.parse(ResultJson.write(memo, false)));
            Map<String, Object> source = object(array(json.get("sources")).get(0));

            assertThat(array(source.get("gases"))).isEmpty();
            assertThat((BigDecimal) source.get("tco2e")).isEqualByComparingTo("0");
            Map<String, Object> hcfc = object(array(source.get("memo")).get(0));
            assertThat(hcfc.get("gas")).isEqualTo("HCFC-22");
            assertThat((BigDecimal) hcfc.get("mass_t")).isEqualByComparingTo("0.04");
            assertThat(hcfc).containsEntry("tco2e", null);
            assertThat((BigDecimal) object(json.get("totals")).get("total")).isEqualByComparingTo("0");
        }
    }

    @Nested
    class Format {

        @Test
        void prettyAndCompactOutputAreValidJsonWithTheSameContent() {
            String pretty = ResultJson.write(result, true);
            String compact = ResultJson.write(result, false);

            assertThat(pretty).contains("\n  \"plant\": \"T1\"");
            assertThat(compact).doesNotContain("\n").startsWith("{\"plant\":\"T1\",");
            assertThat(MiniJson.parse(pretty)).isEqualTo(MiniJson.parse(compact));
        }

        @Test
        void massesAndTco2eAreRoundedToSixDecimalsAndUncertaintyToTwo() {
            // acetylene 100 Nm3 × 1.17 kg/Nm3 = 0.117 t × 2 × 44.01 / 26.04 = 0.395 481 566 820 3 t CO2 → 0.395482
            // two rows ±10 %: √((10 × 40)² + (10 × 60)²) / 100 = √520 000 / 100 = 7.211 102 550 9 % → 7.21
            InventoryResult cutting = aPlant().withSource("C2H2", SourceType.PROC_ACETYLENE_CUTTING)
                    .withRow("C2H2", "2025-01-01", "2025-02-01", "40", "Nm3", "", "10")
                    .withRow("C2H2", "2025-02-01", "2025-03-01", "60", "Nm3", "", "10")
                    .calculate(2025);

            String json = ResultJson.write(cutting, false);

            Map<String, Object> source = object(array(object(MiniJson.parse(json)).get("sources")).get(0));
            assertThat(source.get("tco2e")).isEqualTo(new BigDecimal("0.395482"));
            assertThat(source.get("uncertaintyPct")).isEqualTo(new BigDecimal("7.21"));
            assertThat(json).contains("\"tco2e\":0.395482,").contains("\"uncertaintyPct\":7.21,");
        }

        @Test
        void stringsAreEscaped() {
            String plantName = "Plant \"North\"\nline 2";
            String sourceName = "Oven \"A\"\n\tback\\slash \u0001 涂装";
            SourceLocation at = new SourceLocation("plant.yaml", 3);
            SourceDefinition oven = new SourceDefinition("OVEN", SourceType.FUG_OTHER, sourceName, "PAINT", CollectionMethod.MANUAL,
                    Map.of("gas", new ParameterOverride("gas", "SF6", at)), at);
            PlantDefinition plant = new PlantDefinition("P\"1", plantName, "Asia/Shanghai", GwpSet.AR5, List.of(), List.of(oven),
                    new SourceLocation("plant.yaml", 1));
            ActivityRow row = new ActivityRow("OVEN", LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1), Quantity.of("1", "kg"),
                    "", null, new SourceLocation("activity.csv", 2));
            InventoryResult escaped = new InventoryCalculator(ParameterLibrary.shipped()).calculate(plant, List.of(row), 2025, null);

            String compact = ResultJson.write(escaped, false);

            assertThat(compact).contains("\"plant\":\"P\\\"1\"")
                    .contains("\"plantName\":\"Plant \\\"North\\\"\\nline 2\"")
                    .contains("\"name\":\"Oven \\\"A\\\"\\n\\tback\\\\slash \\u0001 涂装\"")
                    .doesNotContain("\n").doesNotContain("\t").doesNotContain("\u0001");
            Map<String, Object> json = object(MiniJson.parse(compact));
            assertThat(json.get("plant")).isEqualTo("P\"1");
            assertThat(json.get("plantName")).isEqualTo(plantName);
            assertThat(object(array(json.get("sources")).get(0)).get("name")).isEqualTo(sourceName);
            assertThat(object(MiniJson.parse(ResultJson.write(escaped, true))).get("plantName")).isEqualTo(plantName);
        }

        @Test
        void extraTopLevelFieldsAreWrittenAsTextOrNumber() {
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("version", "0.1.0 \"dev\"");
            extra.put("rowsInFile", 3);

            Map<String, Object> json = object(MiniJson.parse(ResultJson.write(result, extra, false)));

            assertThat(json.get("version")).isEqualTo("0.1.0 \"dev\"");
            assertThat((BigDecimal) json.get("rowsInFile")).isEqualByComparingTo("3");
        }
    }

    @Nested
    class TheParserUsedHere {

        @Test
        void acceptsValidJson() {
            assertThat(MiniJson.parse(" {\"a\": [1, -2.5e3, true, false, null, \"x\\u00e9\\\"\"], \"b\": {}} "))
                    .isEqualTo(Map.of("a", java.util.Arrays.asList(new BigDecimal("1"), new BigDecimal("-2.5e3"), true, false,
                            null, "xé\""), "b", Map.of()));
        }

        @Test
        void rejectsBrokenJson() {
            for (String broken : List.of("{\"a\":1,}", "{\"a\":\"x\ny\"}", "{\"a\":1} x", "[1 2]", "{\"a\" 1}", "\"\\q\"",
                    "{\"a\":01}", "{a:1}", "[", "{\"a\":1,\"a\":2}", "", "{\"a\":.5}", "{\"a\":\"unterminated}")) {
                assertThatThrownBy(() -> MiniJson.parse(broken)).as(broken).isInstanceOf(IllegalArgumentException.class);
            }
        }
    }

    /** A strict recursive-descent JSON parser (RFC 8259): objects → LinkedHashMap, arrays → ArrayList, numbers → BigDecimal. */
    static final class MiniJson {
        private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
        private final String text;
        private int pos;

        private MiniJson(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            MiniJson parser = new MiniJson(text);
            parser.whitespace();
            Object value = parser.value();
            parser.whitespace();
            if (parser.pos != text.length()) {
                throw parser.error("unexpected characters after the value");
            }
            return value;
        }

        private Object value() {
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            if (c == '{') {
                return object();
            }
            if (c == '[') {
                return array();
            }
            if (c == '"') {
                return string();
            }
            if (text.startsWith("true", pos)) {
                pos += 4;
                return Boolean.TRUE;
            }
            if (text.startsWith("false", pos)) {
                pos += 5;
                return Boolean.FALSE;
            }
            if (text.startsWith("null", pos)) {
                pos += 4;
                return null;
            }
            return number();
        }

        private Map<String, Object> object() {
            expect('{');
            Map<String, Object> map = new LinkedHashMap<>();
            whitespace();
            if (peek('}')) {
                pos++;
                return map;
            }
            while (true) {
                whitespace();
                String key = string();
                whitespace();
                expect(':');
                whitespace();
                Object value = value();
                if (map.containsKey(key)) {
                    throw error("duplicate key " + key);
                }
                map.put(key, value);
                whitespace();
                if (peek(',')) {
                    pos++;
                    continue;
                }
                expect('}');
                return map;
            }
        }

        private List<Object> array() {
            expect('[');
            List<Object> list = new ArrayList<>();
            whitespace();
            if (peek(']')) {
                pos++;
                return list;
            }
            while (true) {
                whitespace();
                list.add(value());
                whitespace();
                if (peek(',')) {
                    pos++;
                    continue;
                }
                expect(']');
                return list;
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char c = text.charAt(pos++);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error("unescaped control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) {
                    throw error("unterminated escape");
                }
                char escape = text.charAt(pos++);
                switch (escape) {
                    case '"' -> out.append('"');
                    case '\\' -> out.append('\\');
                    case '/' -> out.append('/');
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        if (pos + 4 > text.length() || !text.substring(pos, pos + 4).matches("[0-9a-fA-F]{4}")) {
                            throw error("bad \\u escape");
                        }
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                        pos += 4;
                    }
                    default -> throw error("bad escape \\" + escape);
                }
            }
        }

        private BigDecimal number() {
            Matcher matcher = NUMBER.matcher(text).region(pos, text.length());
            if (!matcher.lookingAt()) {
                throw error("expected a value");
            }
            pos = matcher.end();
            if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                throw error("leading zero");
            }
            return new BigDecimal(matcher.group());
        }

        private void whitespace() {
            while (pos < text.length() && " \t\n\r".indexOf(text.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private boolean peek(char c) {
            return pos < text.length() && text.charAt(pos) == c;
        }

        private void expect(char c) {
            if (!peek(c)) {
                throw error("expected '" + c + "'");
            }
            pos++;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException(message + " at offset " + pos);
        }
    }
}
