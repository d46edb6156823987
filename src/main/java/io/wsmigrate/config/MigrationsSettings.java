package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The {@code migrations} section: which Java package the commands act on, where its entity
 * classes are, and where its scripts folder is. {@code location} is a path relative to the
 * project directory, or {@code classpath:some/folder} for scripts packaged in a jar.
 * {@code versionTable} is null unless the settings name one: then it is derived from the package.
 * The settings loader gives {@code classpath} entries and a non-classpath {@code location} as
 * absolute paths, resolved against {@link Settings#projectDir()}.
 */
public record MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable) {
    public static final String DEFAULT_LOCATION = "migrations";
    /** PostgreSQL truncates identifiers longer than this. */
    private static final int MAX_IDENTIFIER = 63;

    public MigrationsSettings {
        Objects.requireNonNull(packageName, "packageName");
        classpath = List.copyOf(classpath == null ? List.of() : classpath);
        location = location == null || location.isBlank() ? DEFAULT_LOCATION : location;
    }

    /** {@code ws_migrate_<package with dots as underscores>}, like Websauna's {@code alembic_history_<package>}. */
    public String effectiveVersionTable() {
        if (versionTable != null && !versionTable.isBlank()) {
            return versionTable;
        }
        String derived = "ws_migrate_" + packageName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        return derived.length() <= MAX_IDENTIFIER ? derived : derived.substring(0, MAX_IDENTIFIER);
    }

    public boolean isClasspathLocation() {
        return location.startsWith("classpath:");
    }
}
