package io.autoghg.edge.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.edge.config.GatewayConfig.MqttAck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys platform.mqttAck and platform.mqttAckTimeout (docs/edge-gateway.md §2.1), and the gateway name over MQTT. */
class MqttAckConfigTests {

    @TempDir
    Path dir;

    @Test
    void theExampleAndTheDefaultWaitForTheCommitAnswerThirtySeconds() throws Exception {
        GatewayConfig example = new GatewayConfigReader(k -> "agt_x").read(Path.of("..", "examples", "gateway.yaml"));
        assertThat(example.mqttAck()).isEqualTo(new MqttAck(MqttAck.Mode.COMMIT, Duration.ofSeconds(30)));
        assertThat(read("{transport: mqtt, mqttUrl: \"tcp://x:1883\"}", "gw-1").mqttAck()).isEqualTo(MqttAck.DEFAULT);
    }

    @Test
    void brokerAcknowledgementsAndAnotherTimeoutCanBeChosen() throws Exception {
        GatewayConfig config = read("{transport: mqtt, mqttUrl: \"tcp://x:1883\", mqttAck: broker, mqttAckTimeout: 5s}", "gw-1");
        assertThat(config.mqttAck()).isEqualTo(new MqttAck(MqttAck.Mode.BROKER, Duration.ofSeconds(5)));
    }

    @Test
    void badValuesAreNamed() {
        assertThatThrownBy(() -> read("{transport: mqtt, mqttUrl: \"tcp://x:1883\", mqttAck: maybe}", "gw-1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("platform.mqttAck cannot be maybe");
        assertThatThrownBy(() -> read("{transport: mqtt, mqttUrl: \"tcp://x:1883\", mqttAckTimeout: 0s}", "gw-1"))
                .isInstanceOf(ConfigException.class).hasMessageContaining("platform.mqttAckTimeout must be positive");
    }

    @Test
    void overMqttTheGatewayNameMustBeOneTopicLevel() throws Exception {
        for (String name : new String[] {"line/1", "gw+", "gw#"}) {
            assertThatThrownBy(() -> read("{transport: mqtt, mqttUrl: \"tcp://x:1883\"}", name)).as(name)
                    .isInstanceOf(ConfigException.class).hasMessageContaining("gateway: over MQTT the name is a topic level");
        }
        assertThat(read("{url: \"http://x:8080\"}", "line/1").gateway()).as("over HTTP any name").isEqualTo("line/1");
    }

    private GatewayConfig read(String platform, String gateway) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, """
                platform: %s
                plant: P1
                gateway: "%s"
                devices:
                  - {name: m, type: modbus-tcp, host: h, meters: [{code: E, unit: kWh, register: 100}]}
                """.formatted(platform, gateway));
        return new GatewayConfigReader(k -> "agt_x").read(file);
    }
}
