package io.autoghg.cli;

import io.autoghg.accounting.catalogue.SourceType;
import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.io.ActivityCsvReader;
import io.autoghg.accounting.io.PlantFileReader;
import io.autoghg.accounting.parameter.ParameterLibrary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * `autoghg bench`: a synthetic plant-year (default 1,000 sources × 365 daily rows = 365,000 rows)
 * written to a temporary CSV, then read and accounted several times; prints rows/s for reading,
 * calculating and both. Figures go to docs/benchmarks.md, never into tests.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchIngestCommand.class,
        description = "Benchmark the accounting engine on a synthetic plant-year and print rows/s; `bench ingest` measures meter-reading ingest.")
final class BenchCommand implements Callable<Integer> {
    private static final SourceType[] DAILY_TYPES = {SourceType.STAT_COMB_NG, SourceType.ELEC_PURCHASED,
            SourceType.HEAT_PURCHASED, SourceType.STAT_COMB_DIESEL, SourceType.STAT_COMB_COAL};

    @Option(names = "--sources", defaultValue = "1000", description = "number of sources (default: ${DEFAULT-VALUE})")
    int sources;

    @Option(names = "--year", defaultValue = "2025", description = "year of the daily rows (default: ${DEFAULT-VALUE})")
    int year;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs after one warm-up (default: ${DEFAULT-VALUE})")
    int runs;

    @Override
    public Integer call() throws IOException {
        Path dir = Files.createTempDirectory("autoghg-bench");
        try {
            Path plantFile = dir.resolve("plant.yaml");
            Path activityFile = dir.resolve("activity.csv");
            writePlant(plantFile);
            int rows = writeActivity(activityFile);
            System.out.printf("bench: %d sources, %d daily rows (%.1f MB CSV), %d run(s) after a warm-up%n",
                    sources, rows, Files.size(activityFile) / 1e6, runs);
            PlantDefinition plant = new PlantFileReader().read(plantFile);
            InventoryCalculator calculator = new InventoryCalculator(ParameterLibrary.shipped());
            run(plant, calculator, activityFile, rows, false);
            double bestRead = Double.MAX_VALUE;
            double bestCalc = Double.MAX_VALUE;
            for (int i = 0; i < runs; i++) {
                double[] seconds = run(plant, calculator, activityFile, rows, true);
                bestRead = Math.min(bestRead, seconds[0]);
                bestCalc = Math.min(bestCalc, seconds[1]);
            }
            System.out.printf("best: read %.0f rows/s, calculate %.0f rows/s, read+calculate %.0f rows/s (%.2f s)%n",
                    rows / bestRead, rows / bestCalc, rows / (bestRead + bestCalc), bestRead + bestCalc);
            Runtime runtime = Runtime.getRuntime();
            System.out.printf("heap in use after the runs: %.0f MB (max %.0f MB), %d cores, Java %s%n",
                    (runtime.totalMemory() - runtime.freeMemory()) / 1e6, runtime.maxMemory() / 1e6,
                    runtime.availableProcessors(), System.getProperty("java.version"));
            return 0;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path file : files.toList()) {
                    Files.deleteIfExists(file);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private double[] run(PlantDefinition plant, InventoryCalculator calculator, Path activityFile, int rows, boolean print) {
        long start = System.nanoTime();
        List<ActivityRow> activity = new ActivityCsvReader().read(activityFile);
        long read = System.nanoTime();
        InventoryResult result = calculator.calculate(plant, activity, year, null);
        long done = System.nanoTime();
        double readSeconds = (read - start) / 1e9;
        double calcSeconds = (done - read) / 1e9;
        if (print) {
            System.out.printf("run: read %.3f s (%.0f rows/s), calculate %.3f s (%.0f rows/s), total %s tCO2e%n",
                    readSeconds, rows / readSeconds, calcSeconds, rows / calcSeconds, ResultTable.tonnes(result.totals().total()));
        }
        return new double[] {readSeconds, calcSeconds};
    }

    private void writePlant(Path file) throws IOException {
        StringBuilder yaml = new StringBuilder("plant: {code: BENCH, name: \"Benchmark plant\", timezone: Asia/Shanghai, gwp: AR5}\nsources:\n");
        for (int i = 0; i < sources; i++) {
            yaml.append("  - {code: S").append(i).append(", type: ").append(DAILY_TYPES[i % DAILY_TYPES.length]).append("}\n");
        }
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
    }

    private int writeActivity(Path file) throws IOException {
        Random random = new Random(42);
        String[] units = {"Nm3", "kWh", "GJ", "t", "t"};
        int count = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("source,start,end,quantity,unit,item\n");
            LocalDate first = LocalDate.of(year, 1, 1);
            for (int i = 0; i < sources; i++) {
                for (LocalDate day = first; day.getYear() == year; day = day.plusDays(1)) {
                    double quantity = 100 + random.nextInt(100_000) / 100.0;
                    out.write("S" + i + "," + day + "," + day.plusDays(1) + "," + quantity + "," + units[i % units.length] + ",\n");
                    count++;
                }
            }
        }
        return count;
    }
}
