package io.autoghg.simulator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo plant's metered meters (platform's DemoData and DemoSeries): the shop electricity feeders,
 * the gas meters, the district-heat meter and the COD analyser, with their units and yearly magnitudes
 * (204 GWh of electricity, 18 million Nm3 of gas, 100 000 GJ of heat, 360 t of COD removed). The standby
 * coal scale, the emergency diesel meter and the PV meters are not simulated.
 */
public final class DemoMeters {
    private static final double HOURS = 8760;
    private static final double ELECTRICITY_MWH = 204_000;

    private DemoMeters() {
    }

    /** All simulated demo meters in their register order. */
    public static List<SimulatedMeter> all() {
        List<SimulatedMeter> meters = new ArrayList<>();
        feeder(meters, "STAMP", "MWh", 0.090, 0.15, 0.80, 0.05);
        feeder(meters, "BODY", "MWh", 0.170, 0.20, 0.70, 0.10);
        feeder(meters, "PAINT", "MWh", 0.320, 0.35, 0.35, 0.30);
        feeder(meters, "ASSY", "MWh", 0.130, 0.25, 0.55, 0.20);
        feeder(meters, "POWER", "MWh", 0.160, 0.30, 0.40, 0.30);
        feeder(meters, "WWTP", "kWh", 0.020, 0.60, 0.40, 0.00);
        feeder(meters, "CANTEEN", "kWh", 0.015, 0.20, 0.60, 0.20);
        feeder(meters, "OFFICE", "kWh", 0.030, 0.30, 0.20, 0.50);
        feeder(meters, "TRACK", "kWh", 0.020, 0.30, 0.70, 0.00);
        feeder(meters, "LOGISTICS", "kWh", 0.045, 0.30, 0.50, 0.20);
        meters.add(new SimulatedMeter("GM-MAIN", "Nm3", MeterKind.CUMULATIVE, 18_000_000 / HOURS, 0.20, 0.47, 0.33));
        meters.add(new SimulatedMeter("GM-PAINT", "Nm3", MeterKind.INTERVAL, 10_000_000 / HOURS, 0.25, 0.65, 0.10));
        meters.add(new SimulatedMeter("GM-POWER", "Nm3", MeterKind.INTERVAL, 8_000_000 / HOURS, 0.15, 0.25, 0.60));
        meters.add(new SimulatedMeter("HM-PAINT", "GJ", MeterKind.CUMULATIVE, 100_000 / HOURS, 0.30, 0.40, 0.30));
        meters.add(new SimulatedMeter("COD-WWTP", "kg", MeterKind.INTERVAL, 360_000 / HOURS, 0.30, 0.70, 0.00));
        return List.copyOf(meters);
    }

    /** The demo meters with these codes, in the order given; an unknown code is refused. */
    public static List<SimulatedMeter> select(List<String> codes) {
        Map<String, SimulatedMeter> byCode = new LinkedHashMap<>();
        all().forEach(meter -> byCode.put(meter.code(), meter));
        List<SimulatedMeter> selected = new ArrayList<>();
        for (String code : codes) {
            SimulatedMeter meter = byCode.get(code.trim());
            if (meter == null) {
                throw new IllegalArgumentException("unknown meter " + code.trim() + "; known: " + String.join(",", byCode.keySet()));
            }
            selected.add(meter);
        }
        return List.copyOf(selected);
    }

    /** Synthetic meters for load tests: SIM-0001 … SIM-n, cumulative kWh registers of 50 to 149 kWh/h. */
    public static List<SimulatedMeter> synthetic(int count) {
        List<SimulatedMeter> meters = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            meters.add(new SimulatedMeter(String.format("SIM-%04d", i), "kWh", MeterKind.CUMULATIVE, 50 + (i * 37) % 100,
                    0.30, 0.50, 0.20));
        }
        return List.copyOf(meters);
    }

    private static void feeder(List<SimulatedMeter> meters, String unit, String symbol, double share, double base,
                               double production, double hvac) {
        double perHour = ELECTRICITY_MWH * share / HOURS * ("kWh".equals(symbol) ? 1000 : 1);
        meters.add(new SimulatedMeter("EM-" + unit, symbol, MeterKind.CUMULATIVE, perHour, base, production, hvac));
    }
}
