package io.autoghg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `autoghg` command line: one entry point for offline accounting and the platform's clients. */
@Command(name = "autoghg", mixinStandardHelpOptions = true, version = "AutoGHG 0.1.0",
        description = "Greenhouse-gas data management for vehicle assembly plants.",
        subcommands = {CalculateCommand.class, ServeCommand.class, ImportCommand.class, InventoryCommand.class,
                CatalogueCommand.class, ParametersCommand.class, BenchCommand.class, LedgerCommand.class,
                VerifyCommand.class, ReportCommand.class, ImportReadingsCommand.class, EdgeCommand.class, SimulateCommand.class})
public final class AutoGhg implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The configured command line; tests set its out/err writers. */
    public static CommandLine commandLine() {
        return new CommandLine(new AutoGhg()).setExecutionExceptionHandler(new ErrorHandler())
                .setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
