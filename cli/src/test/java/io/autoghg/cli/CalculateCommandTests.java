package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalculateCommandTests {
    static final String PLANT = "../examples/plant-p1.yaml";
    static final String ACTIVITY = "../examples/activity-2025.csv";

    @Test
    void tablePrintsEverySourceAndTheTotals() {
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Inventory of plant P1", "NG-PAINT", "S3-DEALER", "Scope 2, market-based",
                "GB/T 32150 total");
        // NG-PAINT by hand: 12,000,000 Nm3 × 0.038931 GJ/Nm3 × 0.01532 tC/GJ × 0.99 × 44/12 = 25,980.182 t (plant overrides)
        assertThat(run.out()).contains("25,980.182");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonHasTheContractFields() {
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "json");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().strip()).startsWith("{").endsWith("}");
        assertThat(run.out()).contains("\"plant\": \"P1\"", "\"year\": 2025", "\"gwp\": \"AR5\"", "\"totals\": {",
                "\"scope2Location\":", "\"scope2Market\":", "\"sources\": [", "\"gases\": [", "\"mass_t\":",
                "\"uncertaintyPct\":", "\"trace\": [");
        // ELEC-GRID location-based by hand: 12 × 15,000 MWh × 0.5703 tCO2/MWh (MEE 2023 notice, methodology §4) = 102,654 t
        assertThat(run.out()).contains("\"tco2e\": 102654,");
    }

    @Test
    void gwpOptionOverridesThePlantFile() {
        CliRun ar5 = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "csv");
        CliRun ar6 = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "csv",
                "--gwp", "AR6");

        // SF6-SWITCHGEAR: 2.5 kg SF6 × 23,500 (AR5) = 58.75 t; × 25,200 (AR6) = 63 t (methodology §5)
        assertThat(ar5.out()).contains("SF6-SWITCHGEAR,FUG_OTHER,scope1,1,,POWER,SF6,0.0025,23500,58.75,");
        assertThat(ar6.out()).contains("SF6-SWITCHGEAR,FUG_OTHER,scope1,1,,POWER,SF6,0.0025,25200,63,");
    }

    @Test
    void csvStartsWithItsHeaderAndEndsWithTotals() {
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "csv");

        assertThat(run.out()).startsWith(ResultCsv.HEADER);
        assertThat(run.out()).contains("TOTAL,total,", "TOTAL,scope2Market,", "TOTAL,gbt32150Total,");
        // REFR-R22: 500 kg × 8 % = 40 kg HCFC-22, a memo item outside the Kyoto basket (methodology §5)
        assertThat(run.out()).contains("REFR-R22,FUG_REFRIGERANT_HVAC,scope1,1,,OFFICE,HCFC-22 (memo),0.04,,,");
    }

    @Test
    void aYearWithoutDataWarnsOnStandardError() {
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2023");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).contains("warning: no activity row falls in 2023 (301 row(s) outside it)");
    }

    @Test
    void formatAndGwpAreCaseInsensitive() {
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "JSON",
                "--gwp", "ar6");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("\"gwp\": \"AR6\"");
    }

    @Test
    void badInputNamesFileLineAndFieldAndPrintsNoResult(@TempDir Path dir) throws IOException {
        Path plant = dir.resolve("plant.yaml");
        Files.writeString(plant, "plant: {code: X}\nsources:\n  - {code: A, type: STAT_COMB_NG}\n");
        Path activity = dir.resolve("activity.csv");
        Files.writeString(activity, "source,start,end,quantity,unit,item\n"
                + "A,2025-01-01,2025-02-01,100,kWh,\n"
                + "B,2025-01-01,2025-02-01,100,Nm3,\n");

        CliRun run = CliRun.of("calculate", "--plant", plant.toString(), "--activity", activity.toString(), "--year", "2025");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("activity.csv:3 [source]: unknown source code 'B'");
    }

    @Test
    void unitThatDoesNotFitTheMethodIsAnError(@TempDir Path dir) throws IOException {
        Path plant = dir.resolve("plant.yaml");
        Files.writeString(plant, "plant: {code: X}\nsources:\n  - {code: A, type: STAT_COMB_NG}\n");
        Path activity = dir.resolve("activity.csv");
        Files.writeString(activity, "source,start,end,quantity,unit,item\nA,2025-01-01,2025-02-01,100,kWh,\n");

        CliRun run = CliRun.of("calculate", "--plant", plant.toString(), "--activity", activity.toString(), "--year", "2025");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("activity.csv:2 [unit]: source A (STAT_COMB_NG): unit 'kWh'");
    }

    @Test
    void missingFileIsAClearError() {
        CliRun run = CliRun.of("calculate", "--plant", "no-such.yaml", "--activity", ACTIVITY, "--year", "2025");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("--plant: no such file: no-such.yaml");
    }

    @Test
    void outOptionWritesTheFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("result.json");
        CliRun run = CliRun.of("calculate", "--plant", PLANT, "--activity", ACTIVITY, "--year", "2025", "--format", "json",
                "--out", out.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out)).contains("\"plant\": \"P1\"");
    }
}
