package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.ExamplePlants;
import io.autoghg.platform.testing.PlatformTest;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Issue 6: readings over HTTP into the example plant (time zone Asia/Shanghai, UTC+8), with an
 * electricity meter, a cumulative register and a gas meter feeding a METERED natural-gas source.
 */
@PlatformTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingsApiTests {
    static final String PLANT = "RDG";
    static final String CLOSED_PLANT = "RDG-C";

    final Environment environment;
    final ReadingsJobs jobs;
    final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    Api api;

    ReadingsApiTests(@Autowired Environment environment, @Autowired ReadingsJobs jobs,
                     @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.environment = environment;
        this.jobs = jobs;
        this.jdbc = jdbc;
    }

    @BeforeAll
    void plantWithMeters() {
        api = Api.of(environment);
        ExamplePlants.ensure(api, PLANT);
        meter(PLANT, "E-PAINT-01", "kWh");
        meter(PLANT, "E-REG-01", "kWh");
        meter(PLANT, "GM-RDG", "Nm3");
        source(PLANT, "NG-RDG", "GM-RDG");
        assertThat(api.put(plant(PLANT, "/meters/E-REG-01/register"), Map.of("kind", "CUMULATIVE")).status()).isEqualTo(200);
    }

    void meter(String plant, String code, String unit) {
        Api.Response created = api.post(plant(plant, "/meters"), Map.of("code", code, "measures", "test meter", "unit", unit,
                "orgUnit", "PAINT"));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
    }

    void source(String plant, String code, String meter) {
        Api.Response created = api.post(plant(plant, "/sources"), Map.of("code", code, "type", "STAT_COMB_NG", "orgUnit", "PAINT",
                "collectionMethod", "METERED", "frequency", "DAY", "meters", List.of(meter),
                "parameters", Map.of("ncv", "0.038931 GJ/Nm3", "carbonContent", "0.01532 tC/GJ", "oxidation", "0.99")));
        assertThat(created.status()).as(created.body()).isIn(201, 409);
    }

    static String plant(String plant, String rest) {
        return "/api/v1/plants/" + plant + rest;
    }

    static Map<String, Object> reading(String meter, String ts, Object value, String unit) {
        Map<String, Object> reading = new LinkedHashMap<>();
        reading.put("meter", meter);
        reading.put("ts", ts);
        reading.put("value", value);
        if (unit != null) {
            reading.put("unit", unit);
        }
        return reading;
    }

    JsonNode send(String plant, List<Map<String, Object>> readings) {
        Api.Response response = api.post("/api/v1/readings?plant=" + plant, Map.of("readings", readings));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    JsonNode rollup(String plant, String meter, String grain, String from, String to) {
        Api.Response response = api.get(plant(plant, "/meters/" + meter + "/rollups?grain=" + grain + "&from=" + from + "&to=" + to));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("buckets");
    }

    @Test
    void theSameBatchTwiceIsStoredOnceAndCountedAsDuplicates() {
        List<Map<String, Object>> batch = List.of(reading("E-PAINT-01", "2025-04-01T08:00:00+08:00", 120.5, "kWh"),
                reading("E-PAINT-01", "2025-04-01T08:15:00+08:00", 0.1305, "MWh"));
        JsonNode first = send(PLANT, batch);
        assertThat(first.path("accepted").asInt()).isEqualTo(2);
        assertThat(first.path("duplicates").asInt()).isZero();
        assertThat(first.path("rejected")).isEmpty();
        JsonNode again = send(PLANT, batch);
        assertThat(again.path("accepted").asInt()).isEqualTo(2);
        assertThat(again.path("duplicates").asInt()).isEqualTo(2);
        assertThat(again.path("corrections").asInt()).isZero();

        JsonNode raw = api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2025-04-01T00:00:00Z&to=2025-04-02T00:00:00Z")).json();
        assertThat(raw.path("readings")).hasSize(2);
        assertThat(raw.path("readings").get(1).path("value").asDouble()).as("0.1305 MWh stored as 130.5 kWh").isCloseTo(130.5, within(1e-9));
        // the local day 2025-04-01 holds 120.5 + 130.5 = 251 kWh, not twice that
        JsonNode day = rollup(PLANT, "E-PAINT-01", "day", "2025-04-01", "2025-04-02");
        assertThat(day.get(0).path("consumption").asDouble()).isCloseTo(251.0, within(1e-9));
        assertThat(day.get(0).path("readings").asInt()).isEqualTo(2);
    }

    @Test
    void aDifferentValueForAStoredReadingIsACorrectionAndTheOldValueIsKept() {
        send(PLANT, List.of(reading("E-PAINT-01", "2025-05-02T10:00:00Z", 50, "kWh")));
        JsonNode corrected = send(PLANT, List.of(reading("E-PAINT-01", "2025-05-02T10:00:00Z", 55, "kWh")));
        assertThat(corrected.path("corrections").asInt()).isEqualTo(1);
        assertThat(corrected.path("duplicates").asInt()).isZero();

        JsonNode raw = api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2025-05-02T00:00:00Z&to=2025-05-03T00:00:00Z")).json();
        assertThat(raw.path("readings")).hasSize(1);
        assertThat(raw.path("readings").get(0).path("value").asDouble()).isEqualTo(55.0);
        assertThat(raw.path("corrections")).hasSize(1);
        assertThat(raw.path("corrections").get(0).path("value").asDouble()).isEqualTo(50.0);
        assertThat(raw.path("corrections").get(0).path("replacedByOrigin").asString()).isEqualTo("http");
        // the 15-minute bucket 10:00–10:15 UTC now holds the corrected value only
        JsonNode buckets = rollup(PLANT, "E-PAINT-01", "15m", "2025-05-02", "2025-05-03");
        assertThat(buckets).hasSize(1);
        assertThat(buckets.get(0).path("start").asString()).isEqualTo("2025-05-02T10:00:00Z");
        assertThat(buckets.get(0).path("consumption").asDouble()).isEqualTo(55.0);
    }

    @Test
    void rollupsAddUpByQuarterHourLocalDayAndMonth() {
        // local (UTC+8) 2025-06-30 23:50 → bucket 15:45Z of June 30; 2025-07-01 00:05 and 00:10 → bucket 16:00Z, local day July 1
        JsonNode answer = send(PLANT, List.of(reading("E-PAINT-01", "2025-06-30T23:50:00+08:00", 10, "kWh"),
                reading("E-PAINT-01", "2025-07-01T00:05:00+08:00", 20, "kWh"),
                reading("E-PAINT-01", "2025-07-01T00:10:00", 5, "kWh"), // no offset: plant time
                reading("E-PAINT-01", "2025-07-02T12:00:00+08:00", 2, "MWh")));
        assertThat(answer.path("accepted").asInt()).isEqualTo(4);
        JsonNode quarter = rollup(PLANT, "E-PAINT-01", "15m", "2025-06-30", "2025-07-02");
        assertThat(quarter).hasSize(2);
        assertThat(quarter.get(0).path("start").asString()).isEqualTo("2025-06-30T15:45:00Z");
        assertThat(quarter.get(0).path("consumption").asDouble()).isEqualTo(10.0);
        assertThat(quarter.get(1).path("start").asString()).isEqualTo("2025-06-30T16:00:00Z");
        assertThat(quarter.get(1).path("consumption").asDouble()).isEqualTo(25.0);
        assertThat(quarter.get(1).path("readings").asInt()).isEqualTo(2);
        JsonNode days = rollup(PLANT, "E-PAINT-01", "day", "2025-06-30", "2025-07-03");
        assertThat(days).hasSize(3);
        assertThat(days.get(0).path("consumption").asDouble()).isEqualTo(10.0);
        assertThat(days.get(1).path("consumption").asDouble()).isEqualTo(25.0);
        assertThat(days.get(2).path("consumption").asDouble()).as("2 MWh = 2000 kWh").isEqualTo(2000.0);
        JsonNode months = rollup(PLANT, "E-PAINT-01", "month", "2025-06-01", "2025-08-01");
        assertThat(months).hasSize(2);
        assertThat(months.get(0).path("start").asString()).isEqualTo("2025-06");
        assertThat(months.get(1).path("consumption").asDouble()).isEqualTo(2025.0);
    }

    @Test
    void aCumulativeRegisterBecomesConsumptionAcrossAResetAndAReplacement() {
        // register 100, 130, 160, then 10 (reset: counted from zero), 25; UTC times, quarter-hourly
        send(PLANT, List.of(reading("E-REG-01", "2025-08-01T00:00:00Z", 100, null), reading("E-REG-01", "2025-08-01T00:15:00Z", 130, null),
                reading("E-REG-01", "2025-08-01T00:30:00Z", 160, null), reading("E-REG-01", "2025-08-01T00:45:00Z", 10, null),
                reading("E-REG-01", "2025-08-01T01:00:00Z", 25, null)));
        JsonNode buckets = rollup(PLANT, "E-REG-01", "15m", "2025-08-01", "2025-08-02");
        assertThat(buckets).hasSize(5);
        assertThat(buckets.get(0).path("consumption").asDouble()).isEqualTo(30.0);
        assertThat(buckets.get(1).path("consumption").asDouble()).isEqualTo(30.0);
        assertThat(buckets.get(2).path("consumption").asDouble()).as("160 → 10 after a reset: 10").isEqualTo(10.0);
        assertThat(buckets.get(3).path("consumption").asDouble()).isEqualTo(15.0);
        assertThat(buckets.get(4).path("consumption").asDouble()).as("the last reading starts an interval").isZero();
        // a reading sent late between two others: 00:20 = 140 splits 130 → 160 into 10 + 20 (bucket 00:15 still 30)
        send(PLANT, List.of(reading("E-REG-01", "2025-08-01T00:20:00Z", 140, null)));
        assertThat(rollup(PLANT, "E-REG-01", "15m", "2025-08-01", "2025-08-02").get(1).path("consumption").asDouble()).isEqualTo(30.0);
        // the meter is replaced at 01:10: the old one ended at 31, the new one starts at 2 and reads 12 at 01:30
        Api.Response replaced = api.post(plant(PLANT, "/meters/E-REG-01/replacements"),
                Map.of("at", "2025-08-01T01:10:00Z", "finalReading", 31, "firstReading", 2, "note", "meter swapped"));
        assertThat(replaced.status()).as(replaced.body()).isEqualTo(201);
        send(PLANT, List.of(reading("E-REG-01", "2025-08-01T01:30:00Z", 12, null)));
        JsonNode after = rollup(PLANT, "E-REG-01", "15m", "2025-08-01", "2025-08-02");
        // 01:00–01:15: 25 → 31 (6) plus 5 of the 20 new-register minutes' 10: 6 + 2.5 = 8.5; 01:15–01:30: 7.5
        assertThat(after.get(4).path("consumption").asDouble()).isCloseTo(8.5, within(1e-9));
        assertThat(after.get(5).path("consumption").asDouble()).isCloseTo(7.5, within(1e-9));
        // local day 2025-08-01 (UTC+8) covers all of it: 30 + 30 + 10 + 15 + 8.5 + 7.5 = 101
        assertThat(rollup(PLANT, "E-REG-01", "day", "2025-08-01", "2025-08-02").get(0).path("consumption").asDouble())
                .isCloseTo(101.0, within(1e-9));
        JsonNode register = api.get(plant(PLANT, "/meters/E-REG-01/register")).json();
        assertThat(register.path("kind").asString()).isEqualTo("CUMULATIVE");
        assertThat(register.path("replacements")).hasSize(1);
    }

    @Test
    void aDailyRollupBecomesTheMeteredDatumAndChangesTheInventoryByHand() {
        BigDecimal before = api.get(plant(PLANT, "/inventories/2025")).json().path("totals").path("total").decimalValue();
        JsonNode answer = send(PLANT, List.of(reading("GM-RDG", "2025-06-10T08:00:00+08:00", 1000, "Nm3"),
                reading("GM-RDG", "2025-06-10T12:00:00+08:00", 500, "Nm3")));
        // the day is over but the meter has not passed its end: the datum waits (a replayed day is written once)
        assertThat(answer.path("activity").path("written").asInt()).as(answer.toString()).isZero();
        assertThat(answer.path("activity").path("pending").asInt()).as(answer.toString()).isEqualTo(1);
        assertThat(api.get(plant(PLANT, "/activity?source=NG-RDG")).json().path("total").asLong()).isZero();
        answer = send(PLANT, List.of(reading("GM-RDG", "2025-06-11T06:00:00+08:00", 0, "Nm3")));
        assertThat(answer.path("activity").path("written").asInt()).as(answer.toString()).isEqualTo(1);
        assertThat(answer.path("activity").path("pending").asInt()).as("2025-06-11 is not complete").isEqualTo(1);
        JsonNode data = api.get(plant(PLANT, "/activity?source=NG-RDG&status=SUBMITTED")).json().path("items");
        assertThat(data).hasSize(1);
        JsonNode datum = data.get(0);
        assertThat(datum.path("start").asString()).isEqualTo("2025-06-10");
        assertThat(datum.path("end").asString()).isEqualTo("2025-06-11");
        assertThat(datum.path("quantity").decimalValue()).isEqualByComparingTo("1500");
        assertThat(datum.path("unit").asString()).isEqualTo("Nm3");
        assertThat(datum.path("collectionMethod").asString()).isEqualTo("METERED");
        assertThat(datum.path("originMeter").asString()).isEqualTo("GM-RDG");
        // 1,500 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12 = 3.247 522 8 t CO2
        BigDecimal after = api.get(plant(PLANT, "/inventories/2025")).json().path("totals").path("total").decimalValue();
        assertThat(after.subtract(before).doubleValue()).isCloseTo(3.2475228, within(0.000001));

        // a late reading of the same day corrects the datum; the old one is kept
        JsonNode late = send(PLANT, List.of(reading("GM-RDG", "2025-06-10T20:00:00+08:00", 0.05, "kNm3")));
        assertThat(late.path("activity").path("corrected").asInt()).isEqualTo(1);
        JsonNode current = api.get(plant(PLANT, "/activity?source=NG-RDG&status=SUBMITTED")).json().path("items").get(0);
        assertThat(current.path("quantity").decimalValue()).isEqualByComparingTo("1550");
        assertThat(current.path("correctsId").asLong()).isEqualTo(datum.path("id").asLong());
        assertThat(current.path("correctionReason").asString()).contains("GM-RDG", "2025-06-10/2025-06-11");
        // the same readings again change nothing
        JsonNode same = send(PLANT, List.of(reading("GM-RDG", "2025-06-10T20:00:00+08:00", 50, "Nm3")));
        assertThat(same.path("duplicates").asInt()).isEqualTo(1);
        assertThat(api.get(plant(PLANT, "/activity?source=NG-RDG")).json().path("total").asLong()).isEqualTo(2);
    }

    @Test
    void aPeriodWhoseMeterFellSilentIsWrittenOnceItHasSettled() {
        meter(PLANT, "GM-SILENT", "Nm3");
        source(PLANT, "NG-SILENT", "GM-SILENT");
        JsonNode answer = send(PLANT, List.of(reading("GM-SILENT", "2025-07-01T08:00:00+08:00", 400, "Nm3")));
        assertThat(answer.path("activity").path("pending").asInt()).as(answer.toString()).isEqualTo(1);
        jobs.syncDueActivity();
        assertThat(api.get(plant(PLANT, "/activity?source=NG-SILENT")).json().path("total").asLong()).as("not settled yet").isZero();
        // no reading of the day for longer than activity-settle (PT15M): as if the sync row had been touched 16 minutes ago
        jdbc.sql("update reading_activity_sync set updated_at = now() - interval '16 minutes' where period_start = date '2025-07-01'"
                + " and source_id = (select id from emission_source where code = 'NG-SILENT')").update();
        jobs.syncDueActivity();
        JsonNode data = api.get(plant(PLANT, "/activity?source=NG-SILENT")).json().path("items");
        assertThat(data).hasSize(1);
        assertThat(data.get(0).path("quantity").decimalValue()).isEqualByComparingTo("400");
    }

    @Test
    void badReadingsAreRejectedWithReasonsAndNothingIsStoredForThem() {
        Api.Response malformed = post("/api/v1/readings?plant=" + PLANT, "application/json", "{\"readings\": [{\"meter\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).contains("application/problem+json");
        assertThat(malformed.body()).contains("malformed JSON");

        List<Map<String, Object>> batch = new ArrayList<>();
        batch.add(reading("E-PAINT-01", "2025-09-01T08:00:00Z", 1, "kWh"));                  // 0 good
        batch.add(reading("NO-SUCH-METER", "2025-09-01T08:00:00Z", 1, "kWh"));               // 1 unknown meter
        batch.add(reading("E-PAINT-01", "2025-09-01T08:15:00Z", "NaN", "kWh"));              // 2 not a number
        batch.add(reading("E-PAINT-01", "2099-01-01T00:00:00Z", 1, "kWh"));                  // 3 far in the future
        batch.add(reading("E-PAINT-01", "2025-09-01T08:30:00Z", 1, "Nm3"));                  // 4 wrong unit
        batch.add(reading("E-PAINT-01", "1999-12-31T23:59:00Z", 1, "kWh"));                  // 5 before 2000
        batch.add(reading("E-PAINT-01", "yesterday", 1, "kWh"));                             // 6 not a timestamp
        batch.add(reading("E-PAINT-01", "2025-09-01T08:45:00Z", -4, "kWh"));                 // 7 negative
        batch.add(reading("E-PAINT-01", "2025-09-01T09:00:00Z", 1, "furlongs"));             // 8 unknown unit
        JsonNode answer = send(PLANT, batch);
        assertThat(answer.path("accepted").asInt()).isEqualTo(1);
        Map<Integer, String> fields = new LinkedHashMap<>();
        answer.path("rejected").forEach(r -> fields.put(r.path("row").asInt(), r.path("field").asString() + ": " + r.path("reason").asString()));
        assertThat(fields).containsOnlyKeys(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(fields.get(1)).startsWith("meter: unknown meter 'NO-SUCH-METER'");
        assertThat(fields.get(2)).startsWith("value: 'NaN' is not a number");
        assertThat(fields.get(3)).startsWith("ts: timestamp 2099-01-01T00:00:00Z is in the future");
        assertThat(fields.get(4)).startsWith("unit: unit Nm3 does not convert to the meter's unit kWh");
        assertThat(fields.get(5)).contains("before 2000-01-01");
        assertThat(fields.get(6)).startsWith("ts: 'yesterday' is not a timestamp");
        assertThat(fields.get(7)).startsWith("value: value -4.0 is negative");
        assertThat(fields.get(8)).startsWith("unit:");
        JsonNode raw = api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2025-09-01T00:00:00Z&to=2025-09-02T00:00:00Z")).json();
        assertThat(raw.path("readings")).hasSize(1);
        assertThat(api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2099-01-01T00:00:00Z")).json().path("readings")).isEmpty();

        // CSV: NaN, Infinity and a missing value are refused; the good line is kept
        Api.Response csv = post("/api/v1/readings?plant=" + PLANT, "text/csv",
                "meter,ts,value,unit\nE-PAINT-01,2025-09-02T08:00:00Z,7.5,kWh\nE-PAINT-01,2025-09-02T08:15:00Z,NaN,kWh\n"
                        + "E-PAINT-01,2025-09-02T08:30:00Z,Infinity,kWh\nE-PAINT-01,2025-09-02T08:45:00Z,,kWh\n");
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.json().path("accepted").asInt()).isEqualTo(1);
        assertThat(csv.json().path("rejected")).hasSize(3);
        assertThat(csv.json().path("rejected").get(0).path("row").asInt()).as("CSV rows are line numbers").isEqualTo(3);
        assertThat(csv.json().path("rejected").get(0).path("reason").asString()).contains("not a finite number");
    }

    @Test
    void withoutAPlantTheMetersNameIt() {
        Api.Response response = api.post("/api/v1/readings", Map.of("readings", List.of(reading("E-PAINT-01", "2025-09-03T08:00:00Z", 3, "kWh"))));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().path("plant").asString()).isEqualTo(PLANT);
        assertThat(response.json().path("accepted").asInt()).isEqualTo(1);
    }

    @Test
    void aClosedPeriodRefusesTheActivityDatumButKeepsTheReadings() {
        ExamplePlants.ensure(api, CLOSED_PLANT);
        meter(CLOSED_PLANT, "GM-C", "Nm3");
        source(CLOSED_PLANT, "NG-C", "GM-C");
        for (String to : List.of("DATA_COLLECTION", "REVIEW", "VERIFICATION", "CLOSED")) {
            Api.Response moved = api.post(plant(CLOSED_PLANT, "/periods/2025/transitions"), Map.of("to", to));
            assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        }
        // the third reading (next day) completes 2025-03-05, so its datum is due at once
        JsonNode answer = send(CLOSED_PLANT, List.of(reading("GM-C", "2025-03-05T09:00:00+08:00", 700, "Nm3"),
                reading("GM-C", "2025-03-05T10:00:00+08:00", 300, "Nm3"), reading("GM-C", "2025-03-06T06:00:00+08:00", 0, "Nm3")));
        assertThat(answer.path("accepted").asInt()).isEqualTo(3);
        JsonNode refused = answer.path("activity").path("refused");
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0).path("row").asInt()).isZero();
        assertThat(refused.get(0).path("source").asString()).isEqualTo("NG-C");
        assertThat(refused.get(0).path("period").asString()).isEqualTo("2025-03-05/2025-03-06");
        assertThat(refused.get(0).path("reason").asString()).contains("2025", "closed");
        assertThat(api.get(plant(CLOSED_PLANT, "/activity?source=NG-C")).json().path("total").asLong()).isZero();
        assertThat(api.get(plant(CLOSED_PLANT, "/meters/GM-C/readings")).json().path("readings")).hasSize(3);
        assertThat(rollup(CLOSED_PLANT, "GM-C", "day", "2025-03-05", "2025-03-06").get(0).path("consumption").asDouble()).isEqualTo(1000.0);
    }

    @Test
    void aGatewayTokenOfAnotherPlantIsRefused() {
        ExamplePlants.ensure(api, CLOSED_PLANT);
        Api.Response token = api.post("/api/v1/tokens", Map.of("name", "gw-other-" + System.nanoTime(), "role", "GATEWAY",
                "plantCode", CLOSED_PLANT));
        Api gateway = api.withToken(token.json().path("token").asString());
        Api.Response refused = gateway.post("/api/v1/readings?plant=" + PLANT,
                Map.of("readings", List.of(reading("E-PAINT-01", "2025-10-01T00:00:00Z", 9, "kWh"))));
        assertThat(refused.status()).isEqualTo(403);
        Api.Response inBody = gateway.post("/api/v1/readings",
                Map.of("plant", PLANT, "readings", List.of(reading("E-PAINT-01", "2025-10-01T00:00:00Z", 9, "kWh"))));
        assertThat(inBody.status()).isEqualTo(403);
        Api.Response unnamed = gateway.post("/api/v1/readings", Map.of("readings", List.of(reading("E-PAINT-01", "2025-10-01T00:00:00Z", 9, "kWh"))));
        assertThat(unnamed.status()).isEqualTo(200);
        assertThat(unnamed.json().path("accepted").asInt()).as("another plant's meter is unknown to this gateway").isZero();
        assertThat(api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2025-10-01T00:00:00Z&to=2025-10-02T00:00:00Z")).json()
                .path("readings")).isEmpty();
    }

    @Test
    void retentionDropsOldRawMonthsAndKeepsTheirRollups() {
        send(PLANT, List.of(reading("E-PAINT-01", "2020-01-15T00:00:00Z", 42, "kWh"), reading("E-PAINT-01", "2021-06-15T00:00:00Z", 7, "kWh")));
        // as of 2024-03-01 with the default three years: months ending by 2021-03-01 go, June 2021 stays
        List<java.time.YearMonth> dropped = jobs.retain(java.time.Instant.parse("2024-03-01T00:00:00Z"));
        assertThat(dropped).contains(java.time.YearMonth.of(2020, 1)).doesNotContain(java.time.YearMonth.of(2021, 6));
        assertThat(api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z")).json()
                .path("readings")).isEmpty();
        assertThat(api.get(plant(PLANT, "/meters/E-PAINT-01/readings?from=2021-06-01T00:00:00Z&to=2021-07-01T00:00:00Z")).json()
                .path("readings")).hasSize(1);
        assertThat(rollup(PLANT, "E-PAINT-01", "month", "2020-01-01", "2020-02-01").get(0).path("consumption").asDouble())
                .as("rollups are kept ten years").isEqualTo(42.0);
        // a late reading of a dropped month is stored again (its partition is made anew)
        assertThat(send(PLANT, List.of(reading("E-PAINT-01", "2020-01-16T00:00:00Z", 1, "kWh"))).path("accepted").asInt()).isEqualTo(1);
    }

    /** A POST with a body of the given content type (the Api helper sends JSON only). */
    Api.Response post(String path, String contentType, String body) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://localhost:" + environment.getProperty("local.server.port") + path))
                    .header("Authorization", "Bearer " + Api.TOKEN).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            return new Api.Response(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
