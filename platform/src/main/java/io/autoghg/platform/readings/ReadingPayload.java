package io.autoghg.platform.readings;

import java.util.List;

/**
 * A batch of readings as sent: the plant named in the body (or null), the sending gateway's name (the
 * readings' origin becomes "gateway:NAME"; null keeps the channel's), the sender's batch id (echoed in the
 * answer, for MQTT senders that match answers to messages) and the readings.
 */
public record ReadingPayload(String plant, String gateway, String batch, List<RawReading> readings) {
}
