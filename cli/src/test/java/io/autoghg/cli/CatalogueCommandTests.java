package io.autoghg.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.autoghg.accounting.catalogue.SourceType;
import org.junit.jupiter.api.Test;

class CatalogueCommandTests {

    @Test
    void listsEveryTypeInEnglishAndChinese() {
        CliRun english = CliRun.of("catalogue");
        CliRun chinese = CliRun.of("catalogue", "--lang", "zh");

        for (SourceType type : SourceType.values()) {
            assertThat(english.out()).contains(type.code(), type.nameEn());
            assertThat(chinese.out()).contains(type.code(), type.nameZh());
        }
    }

    @Test
    void parametersShowTheirSourceAndStatus() {
        CliRun run = CliRun.of("parameters");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("fuel.natural-gas.ncv", "389.31 GJ/万Nm3", "status V", "grid.CN.location", "0.5703",
                "R-410A", "1923.5");
    }
}
