package io.autoghg.platform.readings;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under "autoghg.readings" (AUTOGHG_READINGS_*), see docs/readings.md.
 *
 * @param rawRetention raw readings older than this are dropped, a month partition at a time (default P3Y)
 * @param rollupRetention 15-minute, daily and monthly rollups older than this are deleted (default P10Y)
 * @param maxRows most readings one request or message may carry (default 100,000)
 * @param futureTolerance how far a reading's timestamp may lie ahead of the service's clock (default PT5M)
 * @param activitySettle a METERED period that is over is written once every meter feeding it has a reading at or
 *                       after its end, or once no reading of it came for this long (default PT15M)
 */
@ConfigurationProperties(prefix = "autoghg.readings")
public record ReadingsProperties(Period rawRetention, Period rollupRetention, Integer maxRows, Duration futureTolerance,
        Duration activitySettle) {

    public ReadingsProperties {
        rawRetention = rawRetention == null ? Period.ofYears(3) : rawRetention;
        rollupRetention = rollupRetention == null ? Period.ofYears(10) : rollupRetention;
        maxRows = maxRows == null || maxRows < 1 ? 100_000 : maxRows;
        futureTolerance = futureTolerance == null ? Duration.ofMinutes(5) : futureTolerance;
        activitySettle = activitySettle == null || activitySettle.isNegative() ? Duration.ofMinutes(15) : activitySettle;
    }
}
