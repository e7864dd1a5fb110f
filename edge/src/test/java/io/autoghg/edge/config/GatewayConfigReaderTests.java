package io.autoghg.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.edge.config.GatewayConfig.DataType;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.ModbusMeter;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaMeter;
import io.autoghg.edge.config.GatewayConfig.Transport;
import io.autoghg.edge.config.GatewayConfig.WordOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatewayConfigReaderTests {

    private static final Path EXAMPLE = Path.of("..", "examples", "gateway.yaml");

    @TempDir
    Path dir;

    @Test
    void theDocumentedExampleReadsWithTheTokenFromTheEnvironment() {
        GatewayConfig config = new GatewayConfigReader(Map.of("AUTOGHG_TOKEN", "agt_env")::get).read(EXAMPLE);

        assertThat(config.token()).isEqualTo("agt_env");
        assertThat(config.transport()).isEqualTo(Transport.HTTP);
        assertThat(config.plant()).isEqualTo("DEMO");
        assertThat(config.pollInterval()).isEqualTo(Duration.ofSeconds(15));
        assertThat(config.retryInitial()).isEqualTo(Duration.ofMillis(500));
        assertThat(config.bufferDir()).isEqualTo(EXAMPLE.toAbsolutePath().getParent().resolve("gateway-buffer"));
        ModbusDevice modbus = (ModbusDevice) config.devices().get(0);
        assertThat(modbus.port()).isEqualTo(5020);
        assertThat(modbus.meters().get(2))
                .isEqualTo(new ModbusMeter("EM-PAINT", "MWh", 108, DataType.FLOAT64, WordOrder.BIG, 1.0, 0.0));
        OpcUaDevice opcUa = (OpcUaDevice) config.devices().get(1);
        assertThat(opcUa.meters().get(0))
                .isEqualTo(new OpcUaMeter("GM-MAIN", "Nm3", "nsu=urn:autoghg:simulator;s=GM-MAIN", 1.0, 0.0));
    }

    @Test
    void aMissingTokenAndABadDataTypeAreNamed() throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                platform: {url: http://x:8080}
                plant: P1
                gateway: g
                devices:
                  - {name: m, type: modbus-tcp, host: h, meters: [{code: E, unit: kWh, register: 100, dataType: float16}]}
                """);
        assertThatThrownBy(() -> new GatewayConfigReader(k -> null).read(file))
                .isInstanceOf(ConfigException.class).hasMessageContaining("platform.token");
        assertThatThrownBy(() -> new GatewayConfigReader(k -> "agt_x").read(file))
                .isInstanceOf(ConfigException.class).hasMessageContaining("devices[0].meters[0].dataType cannot be float16");
    }

    @Test
    void durationsInShortOrIsoForm() {
        assertThat(GatewayConfigReader.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(GatewayConfigReader.parseDuration("1m")).isEqualTo(Duration.ofMinutes(1));
        assertThat(GatewayConfigReader.parseDuration("PT15S")).isEqualTo(Duration.ofSeconds(15));
        assertThat(GatewayConfigReader.parseDuration("2")).isEqualTo(Duration.ofSeconds(2));
    }
}
