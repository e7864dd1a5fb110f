package io.autoghg.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `autoghg report`: downloads a report of a plant and year from a running service and writes it to a file (docs/reports.md). */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write a report of a plant and year (GB/T 32150, ISO 14064-1, GHG Protocol summary or statistical tables;"
                + " Chinese or English; PDF or XLSX) made by a running service.")
final class ReportCommand implements Callable<Integer> {
    static final List<String> STANDARDS = List.of("gbt32150", "iso14064", "ghgp", "tables");
    static final List<String> LANGUAGES = List.of("zh", "en");
    static final List<String> FORMATS = List.of("pdf", "xlsx");

    @Spec
    CommandSpec spec;

    @Mixin
    PlantYear target;

    @Option(names = "--standard", defaultValue = "gbt32150", description = "gbt32150, iso14064, ghgp or tables (default: ${DEFAULT-VALUE})")
    String standard;

    @Option(names = "--lang", defaultValue = "zh", description = "zh or en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--format", defaultValue = "pdf", description = "pdf or xlsx (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", description = "file to write (default: PLANT-YEAR-STANDARD-LANG.FORMAT in the current directory)")
    Path out;

    @Override
    public Integer call() throws IOException {
        String chosenStandard = choice("--standard", standard, STANDARDS);
        String chosenLang = choice("--lang", lang, LANGUAGES);
        String chosenFormat = choice("--format", format, FORMATS);
        ServiceClient.Download response = target.client().download(target.plantPath() + "/reports/" + target.year + "?standard="
                + chosenStandard + "&lang=" + chosenLang + "&format=" + chosenFormat);
        if (!response.ok()) {
            return ProblemPrinter.print(response.asText(), spec.commandLine().getErr());
        }
        Path file = out != null ? out : Path.of(target.plant.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + target.year + "-" + chosenStandard
                + "-" + chosenLang + "." + chosenFormat);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.write(file, response.body());
        String status = response.header("X-Report-Status");
        spec.commandLine().getOut().println("wrote " + file + " (" + response.body().length + " bytes; inventory version "
                + response.header("X-Inventory-Version") + ", " + ("locked".equals(status) ? "locked: the period is closed"
                : "DRAFT: the period is not closed") + ")");
        spec.commandLine().getOut().flush();
        return 0;
    }

    private static String choice(String option, String value, List<String> allowed) {
        String wanted = value.strip().toLowerCase(Locale.ROOT);
        if (!allowed.contains(wanted)) {
            throw new CliException("option " + option + ": '" + value + "' is not one of " + String.join(", ", allowed), 2);
        }
        return URLEncoder.encode(wanted, StandardCharsets.UTF_8);
    }
}
