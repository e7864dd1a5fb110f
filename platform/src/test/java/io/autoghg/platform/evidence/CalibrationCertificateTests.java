package io.autoghg.platform.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.platform.testing.Api;
import io.autoghg.platform.testing.Evidences;
import io.autoghg.platform.testing.PlatformTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

@PlatformTest
class CalibrationCertificateTests {
    @Autowired
    Environment environment;

    @Test
    void aCalibrationIsBackedByItsCertificateStoredAsEvidence() {
        Api api = Api.of(environment);
        assertThat(api.post("/api/v1/plants", Map.of("code", "CAL-P", "name", "Calibrations")).status()).isEqualTo(201);
        assertThat(api.post("/api/v1/plants/CAL-P/meters", Map.of("code", "EM-1", "measures", "electricity", "unit", "kWh"))
                .status()).isEqualTo(201);
        long calibration = api.post("/api/v1/plants/CAL-P/meters/EM-1/calibrations", Map.of("calibratedOn", "2025-03-10",
                "dueOn", "2026-03-10", "result", "PASSED")).json().path("id").asLong();
        long certificate = upload(api, "CALIBRATION_CERTIFICATE", "2025-03-10", "2026-03-10");
        long invoice = Evidences.invoice(api, "CAL-P", "2025-03-01", "2025-04-01");
        String path = "/api/v1/plants/CAL-P/meters/EM-1/calibrations/" + calibration + "/certificates";

        Api.Response linked = api.post(path, Map.of("evidenceId", certificate));

        assertThat(linked.status()).as(linked.body()).isEqualTo(201);
        assertThat(api.get(path).json().get(0).path("sha256").asString()).hasSize(64);
        assertThat(api.get("/setup/meters/EM-1?plant=CAL-P").body()).as("the console's meter page lists the certificate")
                .contains("certificate-2025-03-10.pdf");
        Api.Response wrongType = api.post(path, Map.of("evidenceId", invoice));
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().path("errors").get(0).path("field").asString()).isEqualTo("evidenceId");
        assertThat(wrongType.body()).contains("a calibration needs a CALIBRATION_CERTIFICATE");
        long later = upload(api, "CALIBRATION_CERTIFICATE", "2025-04-01", "2026-04-01");
        assertThat(api.post(path, Map.of("evidenceId", later)).body()).contains("but the calibration is dated 2025-03-10");
        assertThat(api.get("/api/v1/plants/CAL-P/meters/EM-1/calibrations/999999/certificates").status()).isEqualTo(404);
    }

    private static long upload(Api api, String type, String start, String end) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("type", type);
        fields.put("periodStart", start);
        fields.put("periodEnd", end);
        fields.put("issuer", "Hubei Institute of Metrology");
        Api.Response response = api.multipart("/api/v1/plants/CAL-P/evidence", fields, "file", "certificate-" + start + ".pdf",
                "application/pdf", Evidences.pdf("certificate " + start));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }
}
