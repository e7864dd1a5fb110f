package io.autoghg.edge.registration;

import io.autoghg.edge.json.Json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.Optional;

/**
 * The last central configuration the gateway pulled, in {@code bufferDir/central-config.json}, so that a restart
 * while the platform is unreachable runs it rather than the file's devices. Replaced atomically.
 */
final class ConfigCache {
    static final String FILE = "central-config.json";

    private final Path file;

    ConfigCache(Path bufferDir) {
        this.file = bufferDir.resolve(FILE);
    }

    Optional<Map<String, Object>> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(PlatformClient.parse(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException | PlatformClient.RegistrationException e) {
            return Optional.empty();
        }
    }

    void write(Map<String, Object> config) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE + ".tmp");
            Files.writeString(tmp, Json.write(config), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    Path path() {
        return file;
    }
}
