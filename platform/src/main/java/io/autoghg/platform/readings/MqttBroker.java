package io.autoghg.platform.readings;

import io.moquette.broker.Server;
import io.moquette.broker.config.MemoryConfig;
import java.io.IOException;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * The embedded MQTT broker (Moquette) of the default run: listens on autoghg.mqtt.host:port, keeps
 * sessions in memory, accepts API tokens as passwords ({@link MqttAccess}); no telemetry, metrics or
 * error reporting leave the machine. Started before the service's subscriber, stopped after it.
 */
final class MqttBroker implements SmartLifecycle {
    static final int PHASE = Integer.MAX_VALUE - 2000;
    private static final Logger log = LoggerFactory.getLogger(MqttBroker.class);

    private final MqttProperties properties;
    private final MqttAccess mqttAccess;
    private Server server;
    private volatile int port = -1;

    MqttBroker(MqttProperties properties, MqttAccess mqttAccess) {
        this.properties = properties;
        this.mqttAccess = mqttAccess;
    }

    @Override
    public void start() {
        Properties config = new Properties();
        config.setProperty("host", properties.host());
        config.setProperty("port", Integer.toString(properties.port()));
        config.setProperty("websocket_port", "disabled");
        config.setProperty("allow_anonymous", "false");
        config.setProperty("allow_zero_byte_client_id", "false");
        config.setProperty("persistence_enabled", "false");
        config.setProperty("telemetry_enabled", "false");
        config.setProperty("use_metrics", "false");
        config.setProperty("use_bugsnag", "false");
        config.setProperty("netty.epoll", "false");
        config.setProperty("netty.mqtt.message_size", Integer.toString(16 * 1024 * 1024));
        config.setProperty("immediate_buffer_flush", "true");
        Server broker = new Server();
        try {
            broker.startServer(new MemoryConfig(config), List.of(), null, mqttAccess, mqttAccess);
        } catch (IOException | RuntimeException e) {
            log.error("event=mqtt-broker-failed host={} port={} error=\"{}\"", properties.host(), properties.port(), e.getMessage());
            return;
        }
        server = broker;
        port = properties.port() != 0 ? properties.port() : boundPort(broker);
        log.info("event=mqtt-broker-started host={} port={}", properties.host(), port);
    }

    /** The port Netty bound; with port 0 it is known only once the (asynchronous) bind completed. */
    private int boundPort(Server broker) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        int bound = -1;
        while (bound <= 0 && System.nanoTime() < deadline) {
            try {
                bound = broker.getPort();
            } catch (java.util.ConcurrentModificationException e) {
                // Moquette's acceptor fills its port map while Netty binds; asking meanwhile can collide: ask again
            }
            if (bound <= 0) {
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return bound;
    }

    /** The port it listens on (the real one when 0 was asked for); -1 when it is not running. */
    int port() {
        return port;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stopServer();
            server = null;
            port = -1;
            log.info("event=mqtt-broker-stopped");
        }
    }

    @Override
    public boolean isRunning() {
        return server != null;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
