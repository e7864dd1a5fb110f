package io.autoghg.cli;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Option;

/** The --plant, --year and --server options shared by the service clients (a picocli mixin). */
final class PlantYear {
    @Option(names = "--plant", required = true, description = "plant code")
    String plant;

    @Option(names = "--year", required = true, description = "reporting year")
    int year;

    @Option(names = "--server", description = "service URL (default: AUTOGHG_URL or http://localhost:8080)")
    String server;

    ServiceClient client() {
        return new ServiceClient(server);
    }

    /** "/api/v1/plants/{plant}" with the plant code encoded for a path. */
    String plantPath() {
        return "/api/v1/plants/" + URLEncoder.encode(plant, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
