package io.wsmigrate.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code migrations} section: which Java package the commands act on, where its entity
 * classes are, and where its scripts folder is. {@code location} is a path relative to the
 * project directory, or {@code classpath:some/folder} for scripts packaged in a jar.
 * {@code versionTable} is null unless the settings name one: then it is derived from the package.
 * The settings loader gives {@code classpath} entries and a non-classpath {@code location} as
 * absolute paths, resolved against {@link Settings#projectDir()}. {@code hibernate} holds Hibernate
 * properties for building the entities' metadata (naming strategies, default schema, quoting);
 * {@code allPackages} compares every package's entities, not only this package's. {@code adopt} names
 * tables and sequences ({@code name} or {@code schema.name}) the package owns although no revision of
 * its history created them: autogenerate may drop them once no entity maps them. {@code classpathBuild}
 * is {@code maven} or {@code gradle} when the classpath names the project's build, whose compile
 * classpath and classes folder come before the other entries; null otherwise. The other entries are
 * as written, split at the platform's path separator: they may still hold globs ({@code lib/*.jar}).
 * {@code citus} says how the package's tables are distributed on a Citus cluster ({@link CitusSettings#NONE}
 * when the settings have no {@code citus} section). {@code singleTransaction} runs upgrade's and
 * downgrade's revisions in one transaction, as their {@code --single-transaction} does.
 */
public record MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable,
                                 Map<String, String> hibernate, boolean allPackages, List<String> adopt,
                                 String classpathBuild, CitusSettings citus, boolean singleTransaction) {
    /** The {@code classpath} words that stand for the project's build instead of a path. */
    public static final List<String> BUILD_TOOLS = List.of("maven", "gradle");
    public static final String DEFAULT_LOCATION = "migrations";
    /** PostgreSQL truncates identifiers longer than this. */
    private static final int MAX_IDENTIFIER = 63;

    public MigrationsSettings {
        Objects.requireNonNull(packageName, "packageName");
        classpath = List.copyOf(classpath == null ? List.of() : classpath);
        location = location == null || location.isBlank() ? DEFAULT_LOCATION : location;
        hibernate = Map.copyOf(hibernate == null ? Map.of() : hibernate);
        adopt = List.copyOf(adopt == null ? List.of() : adopt);
        citus = citus == null ? CitusSettings.NONE : citus;
    }

    /** One transaction per revision. */
    public MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable,
                              Map<String, String> hibernate, boolean allPackages, List<String> adopt,
                              String classpathBuild, CitusSettings citus) {
        this(packageName, classpath, location, versionTable, hibernate, allPackages, adopt, classpathBuild, citus,
                false);
    }

    public MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable,
                              Map<String, String> hibernate, boolean allPackages, List<String> adopt,
                              String classpathBuild) {
        this(packageName, classpath, location, versionTable, hibernate, allPackages, adopt, classpathBuild, null);
    }

    public MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable,
                              Map<String, String> hibernate, boolean allPackages, List<String> adopt) {
        this(packageName, classpath, location, versionTable, hibernate, allPackages, adopt, null);
    }

    public MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable,
                              Map<String, String> hibernate, boolean allPackages) {
        this(packageName, classpath, location, versionTable, hibernate, allPackages, List.of());
    }

    public MigrationsSettings(String packageName, List<Path> classpath, String location, String versionTable) {
        this(packageName, classpath, location, versionTable, Map.of(), false);
    }

    public MigrationsSettings withAllPackages(boolean all) {
        return new MigrationsSettings(packageName, classpath, location, versionTable, hibernate, all, adopt,
                classpathBuild, citus, singleTransaction);
    }

    /** These settings with {@code entries} as the whole classpath, as a build tool that knows it gives them. */
    public MigrationsSettings withClasspath(List<Path> entries) {
        return new MigrationsSettings(packageName, entries, location, versionTable, hibernate, allPackages, adopt, null,
                citus, singleTransaction);
    }

    /** These settings with {@code newCitus} as the distribution of the package's tables. */
    public MigrationsSettings withCitus(CitusSettings newCitus) {
        return new MigrationsSettings(packageName, classpath, location, versionTable, hibernate, allPackages, adopt,
                classpathBuild, newCitus, singleTransaction);
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
