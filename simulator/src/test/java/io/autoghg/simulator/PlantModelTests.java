package io.autoghg.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantModelTests {
    private static final ZoneId PLANT = ZoneId.of("Asia/Shanghai");
    private static final Instant MARCH = Instant.parse("2025-03-01T00:00:00Z");

    private final PlantModel model = PlantModel.demo(DemoMeters.all(), MARCH);

    @Test
    void paintShopDrawsMoreOnAWeekdayShiftThanAtNightAndLeastAtTheWeekend() {
        int paint = index("EM-PAINT");
        // Wednesday 2025-03-05 and Saturday 2025-03-08, local plant time
        double day = model.ratePerHour(paint, local("2025-03-05T10:00"));
        double night = model.ratePerHour(paint, local("2025-03-05T02:00"));
        double weekend = model.ratePerHour(paint, local("2025-03-08T10:00"));

        assertThat(day).isGreaterThan(night);
        assertThat(night).isGreaterThan(weekend);
    }

    @Test
    void theOfficeNeedsMoreInJulyThanInAprilBecauseOfAirConditioning() {
        int office = index("EM-OFFICE");
        // the same weekday hour: Wednesday 2025-07-09 and Wednesday 2025-04-09
        double july = model.ratePerHour(office, local("2025-07-09T10:00"));
        double april = model.ratePerHour(office, local("2025-04-09T10:00"));

        assertThat(LoadProfile.hvac(Month.JULY)).isGreaterThan(LoadProfile.hvac(Month.APRIL));
        assertThat(july).isGreaterThan(april * 1.2);
    }

    @Test
    void cumulativeRegistersNeverDecreaseOverASimulatedMonth() {
        double[] previous = model.values(MARCH);
        for (Instant at = MARCH; at.isBefore(Instant.parse("2025-04-01T00:00:00Z")); at = at.plus(Duration.ofMinutes(5))) {
            double[] values = model.values(at);
            for (int i = 0; i < values.length; i++) {
                SimulatedMeter meter = model.meters().get(i);
                assertThat(values[i]).as("%s at %s", meter.code(), at).isGreaterThanOrEqualTo(0);
                if (meter.kind() == MeterKind.CUMULATIVE) {
                    assertThat(values[i]).as("%s at %s", meter.code(), at).isGreaterThanOrEqualTo(previous[i]);
                }
            }
            previous = values;
        }
    }

    @Test
    void aMonthOfTheFeedersAddsUpToAboutAMonthOfThePlantsElectricity() {
        // 204 GWh a year: about 17 GWh in a month; the profile's yearly mean is one, March's is near it
        Instant end = Instant.parse("2025-04-01T00:00:00Z");
        double total = 0;
        for (int i = 0; i < model.meters().size(); i++) {
            SimulatedMeter meter = model.meters().get(i);
            if (meter.code().startsWith("EM-")) {
                double scale = "kWh".equals(meter.unit()) ? 1000 : 1;
                total += (model.value(i, end) - model.value(i, MARCH)) / scale;
            }
        }
        assertThat(total).isBetween(204_000 / 12.0 * 0.8, 204_000 / 12.0 * 1.2);
    }

    @Test
    void valuesAreAFunctionOfTimeWhateverOrderTheyAreAskedIn() {
        int main = index("GM-MAIN");
        Instant late = Instant.parse("2025-03-20T12:34:56Z");
        Instant early = Instant.parse("2025-03-10T01:02:03Z");
        double lateFirst = model.value(main, late);
        double earlyAfter = model.value(main, early);

        PlantModel fresh = PlantModel.demo(DemoMeters.all(), MARCH);
        assertThat(fresh.value(main, early)).isEqualTo(earlyAfter);
        assertThat(fresh.value(main, late)).isEqualTo(lateFirst);
    }

    @Test
    void anIntervalMeterShowsItsLastCompletedQuarterHour() {
        int gas = index("GM-PAINT");
        Instant at = Instant.parse("2025-03-05T02:07:00Z");
        double previousQuarter = model.ratePerHour(gas, Instant.parse("2025-03-05T01:45:00Z")) / 4;

        assertThat(model.value(gas, at)).isEqualTo(previousQuarter);
    }

    @Test
    void loadModeAddsNumberedSyntheticMeters() {
        List<SimulatedMeter> meters = PlantSimulator.Settings.meters(List.of("EM-PAINT", "GM-MAIN"), 3);

        assertThat(meters).extracting(SimulatedMeter::code).containsExactly("EM-PAINT", "GM-MAIN", "SIM-0001", "SIM-0002", "SIM-0003");
    }

    private int index(String code) {
        for (int i = 0; i < model.meters().size(); i++) {
            if (model.meters().get(i).code().equals(code)) {
                return i;
            }
        }
        throw new AssertionError("no meter " + code);
    }

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(PLANT).toInstant();
    }
}
