package io.autoghg.platform.readings;

import io.autoghg.platform.security.Access;
import io.autoghg.platform.security.ApiTokenService;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * MQTT ingest when autoghg.mqtt.enabled (default true; off in the test profile): the embedded broker
 * unless AUTOGHG_MQTT_URL names an external one, and the service's subscriber.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("${autoghg.mqtt.enabled:true}")
class MqttConfiguration {

    @Bean
    MqttAccess mqttAccess(ApiTokenService tokens, Access access) {
        return new MqttAccess(tokens, access, Clock.systemUTC());
    }

    @Bean
    @ConditionalOnExpression("'${autoghg.mqtt.url:}'.isBlank()")
    MqttBroker mqttBroker(MqttProperties properties, MqttAccess mqttAccess) {
        return new MqttBroker(properties, mqttAccess);
    }

    @Bean
    MqttReadings mqttReadings(ReadingsService readings, MqttProperties properties, ObjectProvider<MqttBroker> broker, MqttAccess mqttAccess) {
        return new MqttReadings(readings, properties, broker.getIfAvailable(), mqttAccess);
    }
}
