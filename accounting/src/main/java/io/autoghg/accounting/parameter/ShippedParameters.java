package io.autoghg.accounting.parameter;

import io.autoghg.accounting.unit.Quantity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The values the platform ships, each with the source and status given in
 * shared/reference/ghg-methodology.md. Keys: fuel.&lt;fuel&gt;.&lt;parameter&gt;, grid.CN.*,
 * heat.CN.default, density.*, wastewater.*, refrigerant.*, process.*.
 */
final class ShippedParameters {
    static final String VERSION = "2026.1";

    private static final String NDRC = "NDRC 2015 sector guidelines for enterprise GHG accounting (machinery and equipment manufacturing)";
    private static final String NDRC_TABLE = "appendix: default values of common fossil fuel parameters";
    private static final String METHODOLOGY = "AutoGHG methodology reference (shared/reference/ghg-methodology.md)";

    private ShippedParameters() {
    }

    static List<LibraryParameter> all() {
        List<LibraryParameter> list = new ArrayList<>();
        fuels(list);
        densities(list);
        grid(list);
        others(list);
        return list;
    }

    private static void fuels(List<LibraryParameter> list) {
        fuel(list, "natural-gas", "389.31 GJ/万Nm3", "0.0153", "0.99");
        fuel(list, "coke-oven-gas", "179.81 GJ/万Nm3", "0.01358", "0.99");
        fuel(list, "gasoline", "43.070 GJ/t", "0.0189", "0.98");
        fuel(list, "diesel", "42.652 GJ/t", "0.0202", "0.98");
        fuel(list, "kerosene", "43.070 GJ/t", "0.0196", "0.98");
        fuel(list, "fuel-oil", "41.816 GJ/t", "0.0211", "0.98");
        fuel(list, "crude-oil", "41.816 GJ/t", "0.02008", "0.98");
        fuel(list, "lpg", "50.179 GJ/t", "0.0172", "0.98");
        fuel(list, "lng", "51.44 GJ/t", "0.0153", "0.98");
        fuel(list, "bituminous-coal", "19.570 GJ/t", "0.02618", "0.93");
        fuel(list, "anthracite", "20.304 GJ/t", "0.02749", "0.94");
        fuel(list, "coke", "28.447 GJ/t", "0.0295", "0.93");
    }

    private static void fuel(List<LibraryParameter> list, String fuel, String ncv, String carbonContent, String oxidation) {
        Provenance source = new Provenance(NDRC, NDRC_TABLE, 2015, LocalDate.of(2015, 1, 1), null, Status.TO_VERIFY, VERSION, null);
        String[] ncvParts = ncv.split(" ");
        list.add(entry("fuel." + fuel + ".ncv", ncvParts[0], ncvParts[1], source));
        list.add(entry("fuel." + fuel + ".carbonContent", carbonContent, "tC/GJ", source));
        list.add(entry("fuel." + fuel + ".oxidation", oxidation, "1", source));
    }

    private static void densities(List<LibraryParameter> list) {
        Provenance typical = new Provenance(METHODOLOGY, "section 3, typical densities", null, null, null, Status.TO_VERIFY, VERSION,
                "measured values win");
        list.add(entry("fuel.diesel.density", "0.84", "kg/L", typical));
        list.add(entry("fuel.gasoline.density", "0.74", "kg/L", withNote(typical, "midpoint of the typical range 0.73–0.75 kg/L; measured values win")));
        list.add(entry("fuel.lpg.density", "0.545", "kg/L", withNote(typical, "midpoint of the typical range 0.51–0.58 kg/L (liquid); measured values win")));
        list.add(entry("fuel.natural-gas.density", "0.76", "kg/Nm3", withNote(typical, "midpoint of the typical range 0.72–0.80 kg/Nm3; measured values win")));
        Provenance physical = new Provenance(METHODOLOGY, "section 2, physical constants at 0 °C and 101.325 kPa", null, null, null,
                Status.CONFIRMED, VERSION, null);
        list.add(entry("density.co2", "1.977", "kg/Nm3", physical));
        list.add(entry("density.c2h2", "1.17", "kg/Nm3", withStatus(physical, Status.TO_VERIFY)));
        list.add(entry("density.ch4", "0.717", "kg/Nm3", withStatus(physical, Status.TO_VERIFY)));
    }

    private static void grid(List<LibraryParameter> list) {
        list.add(entry("grid.CN.location", "0.5810", "tCO2/MWh", new Provenance(
                "MEE notices on power-sector GHG reporting", "national grid average emission factor for 2021–2022 reporting",
                2022, LocalDate.of(2021, 1, 1), LocalDate.of(2022, 12, 31), Status.TO_VERIFY, VERSION, null)));
        list.add(entry("grid.CN.location", "0.5703", "tCO2/MWh", new Provenance(
                "MEE 2023 notice on enterprise GHG reporting 2023–2025", "national grid average emission factor, 2022 data",
                2023, LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31), Status.TO_VERIFY, VERSION, null)));
        list.add(entry("grid.CN.national-2022", "0.5366", "tCO2/MWh", new Provenance(
                "MEE & NBS release of 2022 electricity CO2 emission factors", "national electricity CO2 emission factor",
                2024, LocalDate.of(2024, 1, 1), null, Status.TO_VERIFY, VERSION, "provincial factors published alongside")));
        list.add(entry("grid.CN.residual", "0.5856", "tCO2/MWh", new Provenance(
                "MEE & NBS release of 2022 electricity CO2 emission factors",
                "national factor excluding market-traded non-fossil power (residual mix for market-based Scope 2)",
                2024, LocalDate.of(2022, 1, 1), null, Status.TO_VERIFY, VERSION, null)));
        list.add(entry("grid.CN.fossil-2022", "0.8325", "tCO2/MWh", new Provenance(
                "MEE & NBS release of 2022 electricity CO2 emission factors", "fossil-only electricity factor",
                2024, LocalDate.of(2024, 1, 1), null, Status.TO_VERIFY, VERSION, null)));
    }

    private static void others(List<LibraryParameter> list) {
        list.add(entry("heat.CN.default", "0.11", "tCO2/GJ", new Provenance(
                "Chinese sector guidelines for enterprise GHG accounting", "purchased heat emission factor", 2015,
                LocalDate.of(2015, 1, 1), null, Status.TO_VERIFY, VERSION, null)));
        list.add(entry("wastewater.bo", "0.25", "kg/kg", new Provenance(
                "IPCC 2006 Guidelines", "Vol. 5 Ch. 6: maximum CH4 producing capacity Bo, kg CH4 per kg COD", 2006,
                null, null, Status.TO_VERIFY, VERSION, null)));
        list.add(entry("refrigerant.vehicle.lossRate", "0.005", "1", new Provenance(
                "IPCC 2006 Guidelines", "Vol. 3 Ch. 7 Table 7.9: mobile air-conditioning assembly emissions 0.2–0.5 % of charge",
                2006, null, null, Status.TO_VERIFY, VERSION, "upper end of the range, a conservative default; replace with the plant's measured loss")));
        list.add(entry("process.co2.purity", "1", "1", new Provenance(
                METHODOLOGY, "section 2, CO2 shielding gas", null, null, null, Status.ASSUMPTION, VERSION,
                "conservative: the whole gas is taken as CO2 unless the supplier states the purity")));
        list.add(entry("pipeline.ch4.emissionFactor", "0.717", "kg/Nm3", new Provenance(
                METHODOLOGY, "section 3, CH4 density at normal conditions", null, null, null, Status.ASSUMPTION, VERSION,
                "leaked natural gas taken as pure methane (conservative); give the measured CH4 share through emissionFactorCH4")));
    }

    private static LibraryParameter entry(String key, String value, String unit, Provenance provenance) {
        return new LibraryParameter(key, Quantity.of(value, unit), null, provenance);
    }

    private static Provenance withNote(Provenance base, String note) {
        return new Provenance(base.publication(), base.table(), base.year(), base.validFrom(), base.validTo(),
                base.status(), base.version(), note);
    }

    private static Provenance withStatus(Provenance base, Status status) {
        return new Provenance(base.publication(), base.table(), base.year(), base.validFrom(), base.validTo(),
                status, base.version(), base.note());
    }
}
