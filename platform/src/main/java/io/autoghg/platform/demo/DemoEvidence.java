package io.autoghg.platform.demo;

import io.autoghg.platform.activity.NewRow;
import io.autoghg.platform.evidence.EvidenceService;
import io.autoghg.platform.evidence.EvidenceType;
import io.autoghg.platform.evidence.NewEvidence;
import io.autoghg.platform.support.Actor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Sample evidence for the demo plant's manual data: for each manual row with evidence references, a
 * small generated PDF stating the reference, the period and the amount, stored in the evidence
 * store and linked to the datum — so the demo shows manual data "entered with evidence".
 */
final class DemoEvidence {
    private final EvidenceService evidence;

    DemoEvidence(EvidenceService evidence) {
        this.evidence = evidence;
    }

    /** Stores and links one document per manual row; returns how many were stored. */
    int attach(String plant, List<NewRow> rows, List<Long> ids, Actor seeder) {
        int stored = 0;
        for (int i = 0; i < rows.size(); i++) {
            NewRow row = rows.get(i);
            if (!"MANUAL".equals(row.collectionMethod()) || row.evidenceRefs().isEmpty()) {
                continue;
            }
            String reference = row.evidenceRefs().get(0);
            var quantity = row.row().quantity();
            NewEvidence document = new NewEvidence(type(reference).name(), row.row().start(), row.row().end(),
                    "demo supplier", quantity.value(), quantity.unit().symbol());
            byte[] pdf = pdf(reference + " · " + row.row().source() + " · " + row.row().start() + " to " + row.row().end()
                    + " · " + quantity);
            long evidenceId = evidence.upload(plant, document, reference.replaceAll("[^A-Za-z0-9-]+", "_") + ".pdf",
                    "application/pdf", new ByteArrayInputStream(pdf), seeder).evidence().id();
            evidence.link(ids.get(i), List.of(evidenceId));
            stored++;
        }
        return stored;
    }

    static EvidenceType type(String reference) {
        String text = reference.toLowerCase(Locale.ROOT);
        if (text.contains("invoice")) {
            return EvidenceType.INVOICE;
        }
        if (text.contains("stock")) {
            return EvidenceType.STOCK_REPORT;
        }
        if (text.contains("purchase") || text.startsWith("po-")) {
            return EvidenceType.PURCHASE_REPORT;
        }
        if (text.contains("certificate")) {
            return EvidenceType.GREEN_CERTIFICATE;
        }
        return EvidenceType.OTHER;
    }

    /** A minimal one-page PDF showing one line of text. */
    static byte[] pdf(String line) {
        String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)").replaceAll("[^\\x20-\\x7E]", "?");
        String stream = "BT /F1 9 Tf 20 50 Td (" + text + ") Tj ET";
        String body = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
                + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 100]/Resources<</Font<</F1 5 0 R>>>>/Contents 4 0 R>>endobj\n"
                + "4 0 obj<</Length " + stream.length() + ">>stream\n" + stream + "\nendstream endobj\n"
                + "5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n";
        return body.getBytes(StandardCharsets.US_ASCII);
    }
}
