package io.autoghg.platform.imports;

/** An uploaded file: its name and content. */
public record ImportFile(String name, byte[] content) {
}
