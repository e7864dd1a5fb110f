package io.autoghg.accounting.engine;

/** A place in an input file: the file's name and a 1-based line (0 when not known). */
public record SourceLocation(String file, int line) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
