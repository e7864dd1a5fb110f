package io.autoghg.edge.registration;

import io.autoghg.edge.json.Json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.autoghg.edge.config.ConfigException;
import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.ModbusDevice;
import io.autoghg.edge.config.GatewayConfig.OpcUaDevice;
import io.autoghg.edge.config.GatewayConfigReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registration keys of gateway.yaml and a central document read with the file's rules (docs/edge-gateway.md §6). */
class CentralDocumentTests {

    @TempDir
    Path dir;

    private GatewayConfig file(String yaml) throws Exception {
        Path file = dir.resolve("gateway.yaml");
        Files.writeString(file, yaml);
        return new GatewayConfigReader(name -> null).read(file);
    }

    @Test
    void withRegistrationTheFileMayListNoDevice() throws Exception {
        GatewayConfig config = file("""
                platform: {url: "http://plant-server:8080", token: agt_x, registration: true, configRefresh: 2m}
                plant: P1
                gateway: gw-1
                """);
        assertThat(config.registration()).isEqualTo(new GatewayConfig.Registration(true, Duration.ofMinutes(2)));
        assertThat(config.devices()).isEmpty();
        assertThatThrownBy(() -> file("""
                platform: {url: "http://plant-server:8080", token: agt_x}
                plant: P1
                gateway: gw-1
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("devices is required");
        assertThatThrownBy(() -> file("""
                platform: {url: "http://plant-server:8080", token: agt_x, registration: "yes please"}
                plant: P1
                gateway: gw-1
                """)).isInstanceOf(ConfigException.class).hasMessageContaining("platform.registration must be true or false");
    }

    @Test
    void aCentralDocumentReplacesDevicesAndPollSettingsAndKeepsTheRest() throws Exception {
        GatewayConfig base = file("""
                platform: {url: "http://plant-server:8080", token: agt_x, registration: true}
                plant: P1
                gateway: gw-1
                pollInterval: 15s
                batchSize: 300
                """);
        // as the platform's JSON arrives after parsing: numbers as Integer/Double, durations as text
        Map<String, Object> document = PlatformClient.parse("""
                {"pollInterval":"5s","devices":[
                  {"name":"m","type":"modbus-tcp","host":"10.0.0.2","port":5020,
                   "meters":[{"code":"E-1","unit":"MWh","register":104,"dataType":"float32","wordOrder":"little","scale":0.001}]},
                  {"name":"o","type":"opcua","endpoint":"opc.tcp://10.0.0.3:4840","meters":[{"code":"G-1","unit":"Nm3"}]}]}""");

        GatewayConfig central = new GatewayConfigReader(name -> null).central(base, document, "central config version 4: ");

        assertThat(central.pollInterval()).isEqualTo(Duration.ofSeconds(5));
        assertThat(central.batchSize()).as("left out: the file's").isEqualTo(300);
        assertThat(central.token()).isEqualTo("agt_x");
        assertThat(central.registration().enabled()).isTrue();
        ModbusDevice modbus = (ModbusDevice) central.devices().get(0);
        assertThat(modbus.port()).isEqualTo(5020);
        assertThat(modbus.meters().get(0).register()).isEqualTo(104);
        assertThat(modbus.meters().get(0).dataType()).isEqualTo(GatewayConfig.DataType.FLOAT32);
        assertThat(modbus.meters().get(0).scale()).isEqualTo(0.001);
        assertThat(((OpcUaDevice) central.devices().get(1)).meters().get(0).nodeId()).isEqualTo("nsu=urn:autoghg:simulator;s=G-1");

        Map<String, Object> broken = PlatformClient.parse("""
                {"devices":[{"name":"m","type":"modbus-tcp","host":"10.0.0.2","meters":[{"code":"E-1","unit":"MWh"}]}]}""");
        assertThatThrownBy(() -> new GatewayConfigReader(name -> null).central(base, broken, "central config version 5: "))
                .isInstanceOf(ConfigException.class).hasMessage("central config version 5: devices[0].meters[0].register is required");
    }

    @Test
    void theStatusAndRegistrationBodiesAreJson() throws Exception {
        String json = Json.write(Map.of("lastError", "E-1: \"timeout\"\n\tagain", "n", 3));
        assertThat(PlatformClient.parse(json)).isEqualTo(Map.of("lastError", "E-1: \"timeout\"\n\tagain", "n", 3));
    }
}
