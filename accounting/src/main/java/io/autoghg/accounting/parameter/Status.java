package io.autoghg.accounting.parameter;

/** How far a shipped value has been checked (methodology file: C and V). */
public enum Status {
    /** Confirmed against the named source. */
    CONFIRMED("C"),
    /** Widely cited: verify against the named source before relying on it for a real report. */
    TO_VERIFY("V"),
    /** Not a published figure: a documented assumption of the platform; replace it with a measured value. */
    ASSUMPTION("A"),
    /** Given by the plant (file or user) for this source. */
    PLANT_SUPPLIED("P");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
