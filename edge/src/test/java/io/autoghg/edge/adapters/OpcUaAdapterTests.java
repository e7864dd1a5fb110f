package io.autoghg.edge.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.edge.OpcUaMeters;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaMeter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OpcUaAdapterTests {

    @Test
    void readsDoubleNodesByNamespaceUriOrIndexAndScalesThem() throws Exception {
        Instant ts = Instant.parse("2025-03-01T08:00:00Z");
        try (OpcUaMeters server = new OpcUaMeters(List.of("GM-PAINT", "HM-PAINT"))) {
            server.set("GM-PAINT", 457.25);
            server.set("HM-PAINT", 12.0);
            OpcUaDevice device = new OpcUaDevice("test-opcua", server.endpoint(), Duration.ofSeconds(5), List.of(
                    new OpcUaMeter("GM-PAINT", "Nm3", "nsu=" + OpcUaMeters.NAMESPACE + ";s=GM-PAINT", 1.0, 0.0),
                    new OpcUaMeter("HM-PAINT", "GJ", "ns=" + server.namespaceIndex() + ";s=HM-PAINT", 0.5, 1.0),
                    new OpcUaMeter("NO-SUCH", "kWh", "ns=" + server.namespaceIndex() + ";s=NO-SUCH", 1.0, 0.0)));
            try (DeviceAdapter adapter = DeviceAdapter.of(device)) {
                PollResult result = adapter.poll(ts);

                // HM-PAINT: 12 × 0.5 + 1 = 7; a node the server does not have is BAD (BadNodeIdUnknown)
                assertThat(result.readings()).containsExactly(new Reading("GM-PAINT", ts, 457.25, "Nm3"),
                        new Reading("HM-PAINT", ts, 7.0, "GJ"));
                assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("NO-SUCH");

                server.set("GM-PAINT", 458.0);
                assertThat(adapter.poll(ts.plusSeconds(15)).readings().get(0).value()).isEqualTo(458.0);
            }
        }
    }

    @Test
    void anUnreachableServerGivesBadReadings() throws Exception {
        int port = io.autoghg.edge.ModbusMeters.freePort();
        OpcUaDevice device = new OpcUaDevice("down", "opc.tcp://127.0.0.1:" + port + "/test", Duration.ofSeconds(2),
                List.of(new OpcUaMeter("GM-PAINT", "Nm3", "ns=2;s=GM-PAINT", 1.0, 0.0)));
        try (DeviceAdapter adapter = DeviceAdapter.of(device)) {
            PollResult result = adapter.poll(Instant.parse("2025-03-01T08:00:00Z"));

            assertThat(result.readings()).isEmpty();
            assertThat(result.bad()).extracting(PollResult.BadRead::meter).containsExactly("GM-PAINT");
        }
    }
}
