package io.autoghg.cli;

import io.autoghg.accounting.engine.InputProblem;
import io.autoghg.accounting.engine.InvalidInputException;
import picocli.CommandLine;

/** Prints input problems one per line (file:line [field]: message) and exits 1; nothing else is printed. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    static final int INVALID_INPUT = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof InvalidInputException invalid) {
            var err = commandLine.getErr();
            for (InputProblem problem : invalid.problems()) {
                err.println("error: " + problem.describe());
            }
            err.println("autoghg: " + invalid.problems().size() + " problem(s) in the input; nothing was calculated");
            err.flush();
            return INVALID_INPUT;
        }
        if (e instanceof CliException cli) {
            commandLine.getErr().println("autoghg: " + cli.getMessage());
            commandLine.getErr().flush();
            return cli.exitCode();
        }
        throw new RuntimeException(e);
    }
}
