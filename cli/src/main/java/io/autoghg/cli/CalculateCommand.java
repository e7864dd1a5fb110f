package io.autoghg.cli;

import io.autoghg.accounting.engine.ActivityRow;
import io.autoghg.accounting.engine.InventoryCalculator;
import io.autoghg.accounting.engine.InventoryResult;
import io.autoghg.accounting.engine.PlantDefinition;
import io.autoghg.accounting.io.ActivityCsvReader;
import io.autoghg.accounting.io.PlantFileReader;
import io.autoghg.accounting.io.ResultJson;
import io.autoghg.accounting.parameter.GwpSet;
import io.autoghg.accounting.parameter.ParameterLibrary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `autoghg calculate`: accounts a plant-year offline from the plant file and the activity CSV. */
@Command(name = "calculate", mixinStandardHelpOptions = true,
        description = "Compute a plant's inventory for one year from a plant file and an activity CSV (offline, no database).")
final class CalculateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--plant", required = true, paramLabel = "PLANT.yaml", description = "the plant file (YAML)")
    Path plant;

    @Option(names = "--activity", required = true, paramLabel = "ACTIVITY.csv", description = "the activity data (CSV)")
    Path activity;

    @Option(names = "--year", required = true, description = "the reporting year")
    int year;

    @Option(names = "--gwp", description = "GWP set: AR4, AR5 or AR6 (default: the plant file's)")
    GwpSet gwp;

    @Option(names = "--format", defaultValue = "table", description = "json, csv or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;

    @Option(names = "--out", paramLabel = "FILE", description = "write the result to FILE instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        requireFile(plant, "--plant");
        requireFile(activity, "--activity");
        PlantDefinition definition = new PlantFileReader().read(plant);
        List<ActivityRow> rows = new ActivityCsvReader().read(activity);
        InventoryResult result = new InventoryCalculator(ParameterLibrary.shipped()).calculate(definition, rows, year, gwp);
        if (result.rowsUsed() == 0) {
            spec.commandLine().getErr().println("autoghg: warning: no activity row falls in " + year + " ("
                    + result.rowsOutsideYear() + " row(s) outside it); every source reports zero");
            spec.commandLine().getErr().flush();
        }
        String text = switch (format) {
            case json -> ResultJson.write(result, true) + "\n";
            case csv -> ResultCsv.write(result);
            case table -> ResultTable.write(result);
        };
        if (out != null) {
            Files.writeString(out, text, StandardCharsets.UTF_8);
        } else {
            PrintWriter writer = spec.commandLine().getOut();
            writer.print(text);
            writer.flush();
        }
        return 0;
    }

    static void requireFile(Path path, String option) {
        if (!Files.isRegularFile(path)) {
            throw new CliException(option + ": no such file: " + path, 1);
        }
    }
}
