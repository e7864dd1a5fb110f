package io.autoghg.cli;

import io.autoghg.accounting.catalogue.Gas;
import io.autoghg.accounting.catalogue.SourceType;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `autoghg catalogue`: lists the source types with scope, categories, gases, method and collection. */
@Command(name = "catalogue", mixinStandardHelpOptions = true, description = "List the emission-source catalogue.")
final class CatalogueCommand implements Callable<Integer> {

    @Option(names = "--lang", defaultValue = "en", description = "en or zh (default: ${DEFAULT-VALUE})")
    String lang;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private java.io.PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Override
    public Integer call() {
        out().printf("%-26s %-7s %-4s %-5s %-30s %-18s %s%n", "code", "scope", "ISO", "S3", "gases", "method", "name");
        for (SourceType type : SourceType.values()) {
            String gases = type.gases().stream().map(Gas::label).distinct().collect(Collectors.joining(", "));
            out().printf("%-26s %-7s %-4d %-5s %-30s %-18s %s%n", type.code(), type.scope().label().replace("Scope ", "S"),
                    type.isoCategory().number(), type.scope3Category() == null ? "" : type.scope3Category(),
                    gases.isEmpty() ? "—" : gases, type.method().name().toLowerCase(), "zh".equals(lang) ? type.nameZh() : type.nameEn());
        }
        out().flush();
        return 0;
    }
}
