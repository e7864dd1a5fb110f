package io.autoghg.platform.activity;

import java.util.List;

/**
 * Activity data were stored ({@link #CREATED}: new rows of an import, entry, gap filling or seed;
 * {@link #CORRECTED}: the correction that replaced a datum; {@link #SUBMITTED}: a draft became
 * submitted). Published inside the writing transaction, after the rows are written.
 */
public record ActivityDataRecorded(String plant, String change, List<Long> ids) {
    public static final String CREATED = "created";
    public static final String CORRECTED = "corrected";
    public static final String SUBMITTED = "submitted";
}
