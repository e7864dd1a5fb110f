package io.autoghg.platform.report;

import io.autoghg.platform.support.BadRequestException;
import java.util.Locale;

/** The file a report is written as. */
public enum ReportFormat {
    PDF("pdf", "application/pdf"),
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String extension;
    private final String contentType;

    ReportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    public static ReportFormat parse(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (ReportFormat format : values()) {
            if (format.extension.equals(wanted)) {
                return format;
            }
        }
        throw new BadRequestException("format", "'" + value + "' is not a report format; use pdf or xlsx");
    }
}
