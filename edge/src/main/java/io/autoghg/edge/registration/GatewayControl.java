package io.autoghg.edge.registration;

import io.autoghg.edge.config.GatewayConfig;

/** What the registration client needs of the running gateway. */
public interface GatewayControl {

    /** Runs these devices and poll settings from the next poll on (old device connections are closed). */
    void apply(GatewayConfig config, int version);

    StatusReport status();
}
