package io.autoghg.platform.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The fonts a PDF report embeds: the CJK font shipped with the project (a subset of Noto Sans CJK SC,
 * SIL Open Font License, see fonts/README.md; tools/fonts/subset-report-font.py makes it) and,
 * optionally, a TrueType font named by autoghg.report.fallback-font for characters outside the
 * subset. A character that neither font has is replaced by its compatibility form when the fonts
 * have that (₂ → 2), else by "□" — never dropped silently: the replaced characters are logged.
 */
@Component
class ReportFont {
    static final String RESOURCE = "fonts/NotoSansSC-AutoGHG-Subset.ttf";
    private static final Logger log = LoggerFactory.getLogger(ReportFont.class);
    private static final int MISSING = 0x25A1; // □

    private final byte[] font;
    private final byte[] fallback;
    private final List<CmapLookup> lookups = new ArrayList<>();

    ReportFont(@Value("${autoghg.report.fallback-font:}") String fallbackFont) {
        this.font = read(RESOURCE);
        lookups.add(cmap(font));
        byte[] extra = null;
        if (fallbackFont != null && !fallbackFont.isBlank()) {
            try {
                extra = Files.readAllBytes(Path.of(fallbackFont));
                lookups.add(cmap(extra));
                log.info("event=report-fallback-font file={}", fallbackFont);
            } catch (IOException | RuntimeException e) {
                log.warn("event=report-fallback-font-unusable file={} error=\"{}\"", fallbackFont, e.getMessage());
                extra = null;
            }
        }
        this.fallback = extra;
    }

    InputStream font() {
        return new ByteArrayInputStream(font);
    }

    /** The fallback font, or null when none is configured. */
    InputStream fallback() {
        return fallback == null ? null : new ByteArrayInputStream(fallback);
    }

    boolean covers(int codePoint) {
        if (Character.isWhitespace(codePoint) || Character.isISOControl(codePoint)) {
            return true;
        }
        for (CmapLookup lookup : lookups) {
            if (lookup.getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Replaces, in the texts of one report, the characters the fonts cannot show; remembers which. */
    final class Printer {
        private final Set<String> replaced = new TreeSet<>();

        String apply(String text) {
            if (text == null || text.codePoints().allMatch(ReportFont.this::covers)) {
                return text;
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                if (covers(c)) {
                    out.appendCodePoint(c);
                    return;
                }
                replaced.add(new String(Character.toChars(c)));
                String compatible = Normalizer.normalize(new String(Character.toChars(c)), Normalizer.Form.NFKC);
                out.append(compatible.codePoints().allMatch(ReportFont.this::covers) && !compatible.isEmpty()
                        ? compatible : new String(Character.toChars(MISSING)));
            });
            return out.toString();
        }

        Set<String> replaced() {
            return replaced;
        }
    }

    Printer printer() {
        return new Printer();
    }

    private static CmapLookup cmap(byte[] bytes) {
        try {
            TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(bytes));
            return parsed.getUnicodeCmapLookup();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ReportFont.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the report font " + resource + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
