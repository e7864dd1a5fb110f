package io.autoghg.platform.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Renders a report's XHTML to PDF with openhtmltopdf (PDFBox), embedding a subset of the report font. */
@Component
class PdfReport {
    private static final Logger log = LoggerFactory.getLogger(PdfReport.class);

    private final ReportFont font;

    PdfReport(ReportFont font) {
        this.font = font;
    }

    byte[] write(ReportDocument document, Labels labels) {
        ReportFont.Printer printer = font.printer();
        String html = ReportHtml.write(document, labels, printer::apply);
        if (!printer.replaced().isEmpty()) {
            log.warn("event=report-characters-replaced plant={} year={} characters=\"{}\" hint=\"set autoghg.report.fallback-font to a"
                    + " TrueType font that has them\"", document.basis().plant(), document.basis().year(), String.join("", printer.replaced()));
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024)) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font::font, ReportHtml.FONT_FAMILY, 400, FontStyle.NORMAL, true);
            if (font.fallback() != null) {
                builder.useFont(font::fallback, ReportHtml.FALLBACK_FAMILY, 400, FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
