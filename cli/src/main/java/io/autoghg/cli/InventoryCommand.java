package io.autoghg.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** `autoghg inventory`: fetches the current inventory of a plant and year from a running service. */
@Command(name = "inventory", mixinStandardHelpOptions = true,
        description = "Print the current inventory version of a plant and year from a running service.")
final class InventoryCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.Mixin
    PlantYear target;

    @Option(names = "--format", defaultValue = "table", description = "json or table (default: ${DEFAULT-VALUE})")
    OutputFormat format;


    @Override
    public Integer call() {
        if (format == OutputFormat.csv) {
            throw new CliException("--format csv is not offered for inventories; use json or table", 2);
        }
        ServiceClient.Response response = target.client().get(target.plantPath() + "/inventories/" + target.year);
        if (!response.ok()) {
            return ProblemPrinter.print(response, spec.commandLine().getErr());
        }
        var out = spec.commandLine().getOut();
        if (format == OutputFormat.table) {
            out.print(table(JsonMapper.builder().build().readTree(response.body())));
        } else {
            out.println(response.body());
        }
        out.flush();
        return 0;
    }

    private static String table(JsonNode inventory) {
        StringBuilder text = new StringBuilder(String.format("Inventory of plant %s, year %d, version %s, GWP %s%n%n",
                inventory.path("plant").asString(), inventory.path("year").asInt(), inventory.path("version").asString(),
                inventory.path("gwp").asString()));
        text.append(String.format("%-22s %-24s %-7s %16s %16s%n", "source", "type", "scope", "tCO2e", "tCO2e market"));
        text.append("-".repeat(89)).append('\n');
        for (JsonNode source : inventory.path("sources")) {
            text.append(String.format("%-22s %-24s %-7s %16s %16s%n", source.path("code").asString(), source.path("type").asString(),
                    source.path("scope").asString(), tonnes(source.path("tco2e")), tonnes(source.path("tco2eMarket"))));
        }
        text.append("\nTotals (tCO2e)\n");
        Map<String, String> labels = Map.of("scope1", "Scope 1", "scope2Location", "Scope 2, location-based",
                "scope2Market", "Scope 2, market-based", "scope3", "Scope 3", "total", "Total (GHG Protocol, location-based)");
        for (String key : new String[] {"scope1", "scope2Location", "scope2Market", "scope3", "total"}) {
            text.append(String.format("  %-48s %16s%n", labels.get(key), tonnes(inventory.path("totals").path(key))));
        }
        return text.toString();
    }

    private static String tonnes(JsonNode value) {
        return ResultTable.tonnes(value.decimalValue());
    }
}
