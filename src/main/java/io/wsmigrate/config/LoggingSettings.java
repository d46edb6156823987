package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The {@code logging} section: a root level and per-logger levels, or a Logback XML file
 * ({@code config}) that replaces them. The loader resolves {@code config} against the folder of
 * the settings file that names it, and writes levels in upper case (one of {@link #LEVELS}).
 */
public record LoggingSettings(String level, Map<String, String> loggers, Path config) {
    public static final LoggingSettings DEFAULT = new LoggingSettings("WARN", Map.of(), null);
    /** The levels a settings file may name, as Logback spells them. */
    public static final List<String> LEVELS = List.of("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "OFF", "ALL");

    public LoggingSettings {
        level = level == null || level.isBlank() ? "WARN" : level;
        loggers = Map.copyOf(loggers == null ? Map.of() : loggers);
    }
}
