package io.autoghg.accounting.engine;

/** One thing wrong with the input: where (file, line), which field, and what. */
public record InputProblem(SourceLocation location, String field, String message) {

    public String describe() {
        return location + (field == null ? "" : " [" + field + "]") + ": " + message;
    }
}
