package io.autoghg.cli;

import io.autoghg.platform.ledger.BundleVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `autoghg verify`: checks a ledger bundle offline — no service, no database (docs/ledger.md). */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Check an exported ledger bundle offline: chain, seal, signature and optionally a datum's inclusion.")
final class VerifyCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--bundle", required = true, description = "bundle file written by `autoghg ledger export`")
    Path bundle;

    @Option(names = "--datum", description = "activity datum id whose inclusion in the seal is proven")
    Long datum;

    @Override
    public Integer call() {
        String text;
        try {
            text = Files.readString(bundle, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliException("cannot read " + bundle + ": " + e.getMessage(), 1);
        }
        BundleVerifier.Result result = BundleVerifier.verify(text, datum);
        var out = spec.commandLine().getOut();
        for (int i = 0; i < result.lines().size() - (result.ok() ? 0 : 1); i++) {
            out.println(result.lines().get(i));
        }
        out.flush();
        if (!result.ok()) {
            spec.commandLine().getErr().println("FAILED " + result.failure());
            spec.commandLine().getErr().flush();
            return 1;
        }
        out.println("bundle OK");
        out.flush();
        return 0;
    }
}
