package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.platform.support.BadRequestException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON form read token by token: what each odd reading becomes, and which bodies are refused whole. */
class ReadingPayloadsTests {

    static ReadingPayload json(String body) {
        return ReadingPayloads.json(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheBatchFieldsAndEveryReadingInOrder() {
        ReadingPayload payload = json("""
                {"plant":"P1","gateway":"gw-1","batch":"b7","extra":{"ignored":[1,2]},"readings":[
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z","value":1.5,"unit":"kWh","quality":"bad"},
                  {"meter":"M2","ts":"2025-01-01T00:01:00Z","value":2,"unknown":[{"x":1}]}]}""");
        assertThat(payload.plant()).isEqualTo("P1");
        assertThat(payload.gateway()).isEqualTo("gw-1");
        assertThat(payload.batch()).isEqualTo("b7");
        assertThat(payload.readings()).containsExactly(
                new RawReading(0, "M1", "2025-01-01T00:00:00Z", 1.5, null, "kWh", "bad"),
                new RawReading(1, "M2", "2025-01-01T00:01:00Z", 2.0, null, null, null));
    }

    @Test
    void oddReadingsCarryTheirProblemToTheChecks() {
        List<RawReading> readings = json("""
                {"readings":[
                  "not an object",
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z"},
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z","value":null},
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z","value":"12"},
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z","value":true},
                  {"meter":"M1","ts":"2025-01-01T00:00:00Z","value":{"v":1}},
                  {"meter":17,"ts":{"at":1},"value":3},
                  {"meter":"M1","value":"x","value":4}]}""").readings();
        assertThat(readings.get(0).valueProblem()).startsWith("a reading must be an object");
        assertThat(readings.get(1).valueProblem()).isEqualTo("no value");
        assertThat(readings.get(2).valueProblem()).isEqualTo("no value");
        assertThat(readings.get(3).valueProblem()).isEqualTo("'12' is not a number; send a JSON number");
        assertThat(readings.get(4).valueProblem()).isEqualTo("the value must be a JSON number");
        assertThat(readings.get(5).valueProblem()).isEqualTo("the value must be a JSON number");
        assertThat(readings.get(6)).as("non-text fields as their JSON text").isEqualTo(new RawReading(6, "17", "{\"at\":1}", 3.0, null, null, null));
        assertThat(readings.get(7)).as("a field twice: the last counts").isEqualTo(new RawReading(7, "M1", null, 4.0, null, null, null));
        assertThat(readings).extracting(RawReading::row).containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void bodiesThatAreNotABatchAreRefusedWhole() {
        assertRefused("{\"readings\": [{\"meter\": ", "body", "malformed JSON");
        assertRefused("[1, 2]", "body", "must be a JSON object");
        assertRefused("", "body", "must be a JSON object");
        assertRefused("{\"plant\":\"P1\"}", "readings", "needs a \"readings\" array");
        assertRefused("{\"readings\":{\"meter\":\"M1\"}}", "readings", "needs a \"readings\" array");
        assertRefused("{\"readings\":[]} {}", "body", "malformed JSON");
    }

    static void assertRefused(String body, String field, String message) {
        assertThatThrownBy(() -> json(body)).as(body).isInstanceOf(BadRequestException.class).hasMessageContaining(message)
                .extracting(e -> ((BadRequestException) e).field()).isEqualTo(field);
    }
}
