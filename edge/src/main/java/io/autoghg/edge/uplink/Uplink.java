package io.autoghg.edge.uplink;

import io.autoghg.edge.config.GatewayConfig;
import io.autoghg.edge.config.GatewayConfig.Transport;
import io.autoghg.edge.buffer.Journal.Batch;

/** The way batches reach the platform. {@link #send} returns only once the platform has them durably. */
public interface Uplink extends AutoCloseable {

    /**
     * Sends one batch; returns normally only when the platform acknowledged it (HTTP 200; over MQTT the
     * service's commit answer, or the broker's PUBACK with {@code platform.mqttAck: broker}).
     *
     * @throws UplinkException when it did not; the batch is then sent again later
     */
    void send(Batch batch) throws UplinkException;

    @Override
    void close();

    static Uplink of(GatewayConfig config) {
        return config.transport() == Transport.MQTT ? new MqttUplink(config) : new HttpUplink(config);
    }
}
