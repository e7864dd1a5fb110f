package io.autoghg.platform.readings;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under "autoghg.mqtt" (AUTOGHG_MQTT_*), see docs/readings.md §6.
 *
 * @param enabled start MQTT ingest at all (default true; the test profile turns it off)
 * @param host address the embedded broker listens on (default 0.0.0.0)
 * @param port port of the embedded broker (default 1883; 0 = any free port)
 * @param url an external broker (AUTOGHG_MQTT_URL, e.g. tcp://broker:1883): then no embedded broker runs and
 *            the service subscribes there
 * @param username user name for the external broker (AUTOGHG_MQTT_USERNAME)
 * @param password password for the external broker (AUTOGHG_MQTT_PASSWORD)
 * @param clientId the service's client id (default autoghg-service); a persistent session keeps QoS 1
 *                 messages at an external broker while the service is down
 */
@ConfigurationProperties(prefix = "autoghg.mqtt")
public record MqttProperties(Boolean enabled, String host, Integer port, String url, String username, String password,
                             String clientId) {

    public MqttProperties {
        enabled = enabled == null || enabled;
        host = host == null || host.isBlank() ? "0.0.0.0" : host;
        port = port == null ? 1883 : port;
        clientId = clientId == null || clientId.isBlank() ? "autoghg-service" : clientId;
    }

    public boolean external() {
        return url != null && !url.isBlank();
    }
}
