package io.autoghg.platform.report;

/** Which report to make: plant, year, standard, language and file format. */
public record ReportRequest(String plant, int year, Standard standard, ReportLanguage language, ReportFormat format) {

    /** Parses the text values of a request; a wrong one is a 400 naming its parameter. */
    public static ReportRequest of(String plant, int year, String standard, String lang, String format) {
        return new ReportRequest(plant, year, Standard.parse(standard), ReportLanguage.parse(lang), ReportFormat.parse(format));
    }

    /** "P1-2025-gbt32150-zh.pdf"; the plant code is reduced to file-name-safe characters. */
    public String fileName() {
        return plant.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + year + "-" + standard.code() + "-" + language.code() + "."
                + format.extension();
    }
}
