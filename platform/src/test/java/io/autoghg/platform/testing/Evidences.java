package io.autoghg.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Evidence files made in tests: tiny PDFs with unique content, uploaded through the API. */
public final class Evidences {
    private Evidences() {
    }

    /** A minimal one-page PDF whose text makes its content (and so its SHA-256) unique. */
    public static byte[] pdf(String text) {
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 100]>>endobj\n% " + text + " " + UUID.randomUUID()
                + "\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }

    /** Uploads an invoice PDF for [start, end) and returns the new evidence id; amount and unit may be null. */
    public static long invoice(Api api, String plant, String start, String end, String amount, String unit) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", "INVOICE");
        fields.put("periodStart", start);
        fields.put("periodEnd", end);
        fields.put("issuer", "Sinopec Shanghai");
        if (amount != null) {
            fields.put("amount", amount);
            fields.put("amountUnit", unit);
        }
        Api.Response response = api.multipart("/api/v1/plants/" + plant + "/evidence", fields, "file",
                "invoice-" + start + ".pdf", "application/pdf", pdf("invoice " + start));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    public static long invoice(Api api, String plant, String start, String end) {
        return invoice(api, plant, start, end, null, null);
    }
}
