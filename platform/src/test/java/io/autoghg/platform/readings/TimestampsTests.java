package io.autoghg.platform.readings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The hand-written reading of the common timestamp shape must agree with java.time, which stays the reference. */
class TimestampsTests {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void theCommonShapeAgreesWithJavaTime() {
        for (String text : new String[] {"2025-01-01T00:00:00Z", "2025-03-01T16:00:00+08:00", "2024-02-29T23:59:59-05:30",
                "2000-01-01T00:00:00.5Z", "2025-06-30T12:34:56.123456Z", "2025-06-30T12:34:56.123456789+14:00", "2025-12-31T23:59:59.999Z",
                "1999-12-31T23:59:59-18:00", "2025-07-01T00:00:00+00:00"}) {
            assertThat(Timestamps.fast(text)).as(text).isNotEqualTo(Long.MIN_VALUE);
            assertThat(Timestamps.micros(text, SHANGHAI)).as(text).isEqualTo(Reading.micros(OffsetDateTime.parse(text).toInstant()));
        }
    }

    @Test
    void otherShapesGoThroughJavaTime() {
        assertThat(Timestamps.fast("2025-03-01T08:00:00")).as("no offset: a local time").isEqualTo(Long.MIN_VALUE);
        assertThat(Timestamps.micros("2025-03-01T08:00:00", SHANGHAI))
                .isEqualTo(Reading.micros(LocalDateTime.parse("2025-03-01T08:00:00").atZone(SHANGHAI).toInstant()));
        assertThat(Timestamps.micros("2025-03-01T08:00Z", SHANGHAI)).as("no seconds")
                .isEqualTo(Reading.micros(OffsetDateTime.parse("2025-03-01T08:00Z").toInstant()));
        assertThat(Timestamps.micros("2025-03-01T08:00:00+0800".replace("+0800", "+08:00:00"), SHANGHAI)).as("offset with seconds")
                .isEqualTo(Reading.micros(OffsetDateTime.parse("2025-03-01T08:00:00+08:00").toInstant()));
    }

    @Test
    void impossibleFieldsAreRefusedAsJavaTimeRefusesThem() {
        for (String text : new String[] {"2025-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "2025-13-01T00:00:00Z", "2025-01-01T24:00:00Z",
                "2025-01-01T23:60:00Z", "2025-01-01T23:59:60Z", "2025-01-01T00:00:00+19:00",
                "2025-01-01T00:00:00.1234567891Z", "2025-01-01 00:00:00Z", "yesterday", "2025-01-01T00:00:00ZZ"}) {
            assertThatThrownBy(() -> Timestamps.micros(text, SHANGHAI)).as(text).isInstanceOf(DateTimeException.class);
        }
    }
}
