package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code logging} section: a root level and per-logger levels, or a Logback XML file
 * ({@code config}, resolved against the settings file) that replaces them.
 */
public record LoggingSettings(String level, Map<String, String> loggers, Path config) {
    public static final LoggingSettings DEFAULT = new LoggingSettings("WARN", Map.of(), null);

    public LoggingSettings {
        level = level == null || level.isBlank() ? "WARN" : level;
        loggers = Map.copyOf(loggers == null ? Map.of() : loggers);
    }
}
