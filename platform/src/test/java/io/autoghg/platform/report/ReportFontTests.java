package io.autoghg.platform.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The shipped CJK font covers every text a report can show from the repository; other characters are replaced, never dropped. */
class ReportFontTests {
    private final ReportFont font = new ReportFont("");

    @Test
    void coversEveryCharacterOfTheBundlesTheExamplePlantAndTheDemoPlant() throws IOException {
        List<Path> texts;
        try (Stream<Path> bundles = Files.list(Path.of("src/main/resources/i18n"))) {
            texts = Stream.concat(bundles, Stream.of(Path.of("../examples/plant-p1.yaml"),
                    Path.of("src/main/java/io/autoghg/platform/demo/DemoData.java"),
                    Path.of("../accounting/src/main/java/io/autoghg/accounting/catalogue/SourceType.java"),
                    Path.of("../accounting/src/main/java/io/autoghg/accounting/catalogue/IsoCategory.java"))).toList();
        }
        for (Path text : texts) {
            String content = Files.readString(text, StandardCharsets.UTF_8);
            String missing = content.codePoints().filter(c -> !font.covers(c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
            assertThat(missing).as(text + " has characters outside the font; run tools/fonts/subset-report-font.py").isEmpty();
        }
        // all of GB 2312, e.g. a rare level-2 character
        assertThat(font.covers("鼹".codePointAt(0))).isTrue();
    }

    @Test
    void charactersOutsideTheFontBecomeTheirCompatibleFormOrABox() {
        ReportFont.Printer printer = font.printer();

        assertThat(printer.apply("CO₂ · 示范整车厂 · 𠮷野家 · Σ ± ×")).isEqualTo("CO2 · 示范整车厂 · □野家 · Σ ± ×");
        assertThat(printer.replaced()).containsExactly("₂", "𠮷");
    }
}
