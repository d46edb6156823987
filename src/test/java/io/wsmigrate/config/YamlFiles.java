package io.wsmigrate.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small settings files for tests, one argument per line. */
final class YamlFiles {
    private YamlFiles() {
    }

    static Path write(Path file, String... lines) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The smallest valid settings, for tests about something else. */
    static String[] minimal() {
        return new String[] {
            "database:",
            "  url: jdbc:postgresql://localhost:5432/shop",
            "migrations:",
            "  package: com.example.shop",
        };
    }
}
