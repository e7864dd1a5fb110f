package io.autoghg.cli;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * `autoghg import-readings FILE`: sends meter readings (.csv meter,ts,value,unit or .json {"readings":[…]})
 * to POST /api/v1/readings of a running service and prints its answer; exit 1 when readings were rejected.
 */
@Command(name = "import-readings", mixinStandardHelpOptions = true,
        description = "Send meter readings (.csv meter,ts,value,unit or .json) to a running service; exit 1 when some were rejected.")
final class ImportReadingsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "readings file: .csv or .json")
    Path file;

    @Option(names = "--plant", description = "the plant of the meters (default: the plant named in the file, or the one plant with these meters)")
    String plant;

    @Option(names = "--server", description = "service URL (default: AUTOGHG_URL or http://localhost:8080)")
    String server;

    @Override
    public Integer call() throws IOException {
        CalculateCommand.requireFile(file, "FILE");
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        String contentType;
        if (name.endsWith(".csv")) {
            contentType = "text/csv";
        } else if (name.endsWith(".json")) {
            contentType = "application/json";
        } else {
            throw new CliException("FILE must end in .csv or .json: " + file, 2);
        }
        String path = "/api/v1/readings" + (plant == null ? "" : "?plant=" + URLEncoder.encode(plant, StandardCharsets.UTF_8));
        ServiceClient.Response response = new ServiceClient(server).post(path, contentType, Files.readAllBytes(file));
        if (!response.ok()) {
            return ProblemPrinter.print(response, spec.commandLine().getErr());
        }
        spec.commandLine().getOut().println(response.body());
        spec.commandLine().getOut().flush();
        JsonNode answer = JsonMapper.builder().build().readTree(response.body());
        int rejected = answer.path("rejected").size();
        if (rejected > 0) {
            spec.commandLine().getErr().println("autoghg: " + rejected + " reading(s) rejected, " + answer.path("accepted").asInt()
                    + " accepted");
            spec.commandLine().getErr().flush();
            return 1;
        }
        return 0;
    }
}
