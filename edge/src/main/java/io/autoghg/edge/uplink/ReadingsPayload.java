package io.autoghg.edge.uplink;

import static io.autoghg.edge.json.Json.quote;

import io.autoghg.edge.adapters.Reading;
import io.autoghg.edge.buffer.Journal.Batch;

/** The JSON body of POST /api/v1/readings and of MQTT autoghg/v1/{plant}/readings (docs/readings.md §4). */
final class ReadingsPayload {

    private ReadingsPayload() {
    }

    static String json(String plant, String gateway, Batch batch) {
        StringBuilder json = new StringBuilder(128 + batch.readings().size() * 80);
        json.append("{\"plant\":").append(quote(plant)).append(",\"gateway\":").append(quote(gateway))
                .append(",\"batch\":").append(quote(batchId(batch))).append(",\"readings\":[");
        boolean first = true;
        for (Reading r : batch.readings()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            json.append("{\"meter\":").append(quote(r.meter())).append(",\"ts\":").append(quote(r.ts().toString()))
                    .append(",\"value\":").append(r.value()).append(",\"unit\":").append(quote(r.unit())).append('}');
        }
        return json.append("]}").toString();
    }

    /**
     * The batch's journal range, "start-end" (byte offsets): the same batch sent again has the same id, and a
     * batch that grew while it waited (same start, more readings) has another, so an answer to the shorter
     * one cannot acknowledge the longer.
     */
    static String batchId(Batch batch) {
        return batch.start() + "-" + batch.end();
    }
}
