package io.autoghg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `autoghg import FILE…`: sends plant YAML, activity CSV and XLSX files to the service in one all-or-nothing import. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import plant files (.yaml), activity CSVs and activity workbooks (.xlsx) into a running service.")
final class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Option(names = "--plant", description = "the plant the activity files belong to (default: the plant file's, or inferred)")
    String plant;

    @Option(names = "--server", description = "service URL (default: AUTOGHG_URL or http://localhost:8080)")
    String server;

    @Override
    public Integer call() throws IOException {
        for (Path file : files) {
            CalculateCommand.requireFile(file, "FILE");
        }
        ServiceClient.Response response = new ServiceClient(server)
                .upload("/api/v1/imports" + (plant == null ? "" : "?plant=" + java.net.URLEncoder.encode(plant, java.nio.charset.StandardCharsets.UTF_8)), files);
        if (!response.ok()) {
            return ProblemPrinter.print(response, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().println(response.body());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
