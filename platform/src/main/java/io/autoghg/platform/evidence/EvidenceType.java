package io.autoghg.platform.evidence;

import java.util.Arrays;
import java.util.stream.Collectors;

/** What a piece of evidence is; the manual-entry rule accepts any type whose period covers the datum. */
public enum EvidenceType {
    INVOICE, STOCK_REPORT, PURCHASE_REPORT, METER_PHOTO, CALIBRATION_CERTIFICATE, CONTRACT, GREEN_CERTIFICATE, OTHER;

    /** The type named exactly (case-insensitive), or null. */
    public static EvidenceType parse(String text) {
        if (text == null) {
            return null;
        }
        for (EvidenceType type : values()) {
            if (type.name().equalsIgnoreCase(text.strip())) {
                return type;
            }
        }
        return null;
    }

    public static String names() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
