package io.autoghg.platform.report;

/** A generated report: its file name, content type and bytes, and the inventory version it was made from. */
public record ReportFile(String fileName, String contentType, byte[] content, ReportBasis basis) {
}
