package io.autoghg.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example plant of the repository (examples/), optionally under another plant code for isolation. */
public final class ExampleFiles {
    public static final Path PLANT = Path.of("../examples/plant-p1.yaml");
    public static final Path ACTIVITY = Path.of("../examples/activity-2025.csv");

    private ExampleFiles() {
    }

    public static byte[] plant(String code) {
        return read(PLANT).replace("plant: {code: P1,", "plant: {code: " + code + ",").getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] activity() {
        return read(ACTIVITY).getBytes(StandardCharsets.UTF_8);
    }

    public static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
