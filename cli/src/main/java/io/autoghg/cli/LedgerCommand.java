package io.autoghg.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `autoghg ledger`: seals a reporting year and exports its bundle from a running service (docs/ledger.md). */
@Command(name = "ledger", mixinStandardHelpOptions = true,
        description = "Seal a year's ledger entries or export its signed bundle from a running service.",
        subcommands = {LedgerCommand.Seal.class, LedgerCommand.Export.class})
final class LedgerCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }


    @Command(name = "seal", mixinStandardHelpOptions = true,
            description = "Seal the year's ledger entries (signed Merkle root) and print the seal.")
    static final class Seal implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PlantYear target;

        @Override
        public Integer call() {
            ServiceClient.Response response = target.client().post(target.plantPath() + "/ledger/seals/" + target.year);
            if (!response.ok()) {
                return ProblemPrinter.print(response, spec.commandLine().getErr());
            }
            spec.commandLine().getOut().println(response.body());
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the bundle of the year's latest seal (chain, seal, public key) to a file.")
    static final class Export implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        PlantYear target;
        @Option(names = "--out", required = true, description = "bundle file to write")
        Path out;

        @Override
        public Integer call() throws IOException {
            ServiceClient.Response response = target.client().get(target.plantPath() + "/ledger/" + target.year + "/bundle");
            if (!response.ok()) {
                return ProblemPrinter.print(response, spec.commandLine().getErr());
            }
            Files.writeString(out, response.body(), StandardCharsets.UTF_8);
            spec.commandLine().getOut().println("wrote " + out + " (plant " + target.plant + ", year " + target.year
                    + "); check it offline with: autoghg verify --bundle " + out);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }
}
