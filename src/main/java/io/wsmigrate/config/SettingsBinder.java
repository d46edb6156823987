package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.MapValue;
import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the merged, interpolated tree into {@link Settings}, reading only the {@code database},
 * {@code migrations}, {@code logging} and {@code targets} sections and validating what it reads.
 */
final class SettingsBinder {
    private static final Pattern JAVA_PACKAGE =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*(\\.\\p{javaJavaIdentifierStart}"
                    + "\\p{javaJavaIdentifierPart}*)*");
    private static final String CONFIG_FOLDER = "config";
    /** PostgreSQL's lock_timeout and statement_timeout are int milliseconds: about 596 hours. */
    private static final Duration POSTGRES_TIMEOUT_LIMIT = Duration.ofMillis(Integer.MAX_VALUE);
    /** The JDBC driver's connectTimeout and loginTimeout are int seconds. */
    private static final Duration DRIVER_TIMEOUT_LIMIT = Duration.ofSeconds(Integer.MAX_VALUE);

    private SettingsBinder() {
    }

    static Settings bind(MapValue tree, SettingsSource settingsFile) {
        return bind(tree, settingsFile, false, null);
    }

    /**
     * With {@code deferDatabase}, a problem in the database section, or {@code databaseProblem}
     * found before binding, is kept in the settings for the command that uses the database.
     */
    static Settings bind(MapValue tree, SettingsSource settingsFile, boolean deferDatabase, String databaseProblem) {
        Section root = Section.root(tree, settingsFile);
        Path settingsDir = settingsFile.directory();
        Section migrationsSection = root.section("migrations");
        Path projectDir = projectDir(migrationsSection, settingsDir);
        DatabaseSettings database = null;
        String problem = databaseProblem;
        if (problem == null) {
            try {
                database = database(root.section("database"));
            } catch (ConfigException e) {
                if (!deferDatabase) {
                    throw e;
                }
                problem = e.getMessage();
            }
        }
        return new Settings(settingsFile.file().toAbsolutePath().normalize(), projectDir, database,
                migrations(migrationsSection, projectDir), logging(root.section("logging"), settingsDir),
                TargetsBinder.bind(root.section("targets")), List.of(), problem);
    }

    /** {@code project_dir} if set, else the settings file's folder, or its parent when that folder is {@code config}. */
    static Path projectDir(Section migrations, Path settingsDir) {
        Path explicit = migrations.path("project_dir", settingsDir);
        if (explicit != null) {
            return explicit;
        }
        boolean inConfigFolder = settingsDir.getFileName() != null
                && settingsDir.getFileName().toString().equals(CONFIG_FOLDER) && settingsDir.getParent() != null;
        return inConfigFolder ? settingsDir.getParent() : settingsDir;
    }

    private static DatabaseSettings database(Section section) {
        String written = section.requiredText("url", "url: jdbc:postgresql://localhost:5432/mydb under database:");
        PostgresUri uri = PostgresUri.isUri(written)
                ? PostgresUri.parse(written, section.origin("url"), section.keyPath("url")) : null;
        String url = uri == null ? written : uri.jdbcUrl();
        boolean embedded = url.equals(DatabaseSettings.EMBEDDED)
                || url.startsWith(DatabaseSettings.EMBEDDED + ":") && url.length() > DatabaseSettings.EMBEDDED.length() + 1;
        if (!embedded && !url.startsWith("jdbc:postgresql:")) {
            // The URL itself is not shown: it may carry a password parameter.
            throw ConfigException.at(section.origin("url"), section.keyPath("url"), "must be a jdbc:postgresql:// URL,"
                    + " a postgresql:// URI, 'embedded', 'embedded:<major version>' or 'embedded:<data dir>'");
        }
        if (!embedded && hasUserInfo(url)) {
            throw ConfigException.at(section.origin("url"), section.keyPath("url"), "has a user name and password"
                    + " before the host (jdbc:postgresql://user:****@host), which the PostgreSQL driver does not read"
                    + " (it would take them for the host name); write jdbc:postgresql://host/db and put them in"
                    + " database.user and database.password");
        }
        Duration statementTimeout = section.duration("statement_timeout", POSTGRES_TIMEOUT_LIMIT, "PostgreSQL");
        // the settings' own keys win over the URI's, as libpq's keywords win over its URI
        String user = section.text("user");
        String password = section.text("password");
        Duration connectTimeout = section.duration("connect_timeout", DRIVER_TIMEOUT_LIMIT, "the driver");
        return new DatabaseSettings(url, user == null && uri != null ? uri.user() : user,
                password == null && uri != null ? uri.password() : password, section.textMap("properties"),
                connectTimeout == null && uri != null ? uri.connectTimeout() : connectTimeout,
                section.duration("lock_timeout", POSTGRES_TIMEOUT_LIMIT, "PostgreSQL"),
                statementTimeout == null || statementTimeout.isZero() ? null : statementTimeout,
                EmbeddedVersionSetting.read(section.rawText("embedded_version"), section, url));
    }

    /** An {@code @} in the URL's authority: everything between {@code //} and the path or query. */
    private static boolean hasUserInfo(String url) {
        int start = url.indexOf("//");
        if (start < 0) {
            return false;
        }
        int end = start + 2;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        return url.substring(start + 2, end).contains("@");
    }

    private static MigrationsSettings migrations(Section section, Path projectDir) {
        String packageName = section.requiredText("package", "package: com.example.shop under migrations:");
        if (!JAVA_PACKAGE.matcher(packageName).matches()) {
            throw ConfigException.at(section.origin("package"), section.keyPath("package"), "is '" + packageName
                    + "', not a Java package name; write it like com.example.shop");
        }
        List<Path> classpath = new ArrayList<>();
        String build = classpath(section, projectDir, classpath);
        String location = section.text("location");
        if (location == null || location.isBlank()) {
            location = MigrationsSettings.DEFAULT_LOCATION;
        }
        if (!location.startsWith(SettingsSource.CLASSPATH_PREFIX)) {
            location = Section.toPath(location, section.origin("location"), section.keyPath("location"), projectDir)
                    .toString();
        }
        return new MigrationsSettings(packageName, classpath, location, section.text("version_table"),
                section.textMap("hibernate"), section.bool("all_packages", false), section.textList("adopt"), build,
                CitusBinder.bind(section.section("citus")), section.bool("single_transaction", false));
    }

    /**
     * Adds the written classpath entries to {@code paths}, each split at the path separator
     * ({@code a.jar:b.jar} is two, as on a java command line), and returns the build it names
     * ({@code maven}, {@code gradle}) or null. Globs stay in the paths: they are expanded when used.
     */
    private static String classpath(Section section, Path projectDir, List<Path> paths) {
        List<String> entries = section.textList("classpath");
        String build = null;
        for (int i = 0; i < entries.size(); i++) {
            String entry = entries.get(i).strip();
            String keyPath = KeyPaths.item(section.keyPath("classpath"), i);
            if (MigrationsSettings.BUILD_TOOLS.contains(entry)) {
                if (build != null) {
                    throw ConfigException.at(section.origin("classpath"), keyPath, "names a second build ('" + entry
                            + "' after '" + build + "'); keep one of them");
                }
                build = entry;
                continue;
            }
            for (String part : entry.split(Pattern.quote(File.pathSeparator))) {
                if (!part.isBlank()) {
                    paths.add(Section.toPath(part.strip(), section.origin("classpath"), keyPath, projectDir));
                }
            }
        }
        return build;
    }

    private static LoggingSettings logging(Section section, Path settingsDir) {
        Section loggerSection = section.section("loggers");
        Map<String, String> loggers = new LinkedHashMap<>();
        for (String name : loggerSection.keys()) {
            loggers.put(name, validLevel(loggerSection.rawText(name), loggerSection, name));
        }
        String level = section.node("level") == null ? null : validLevel(section.rawText("level"), section, "level");
        return new LoggingSettings(level, loggers, section.path("config", settingsDir));
    }

    private static String validLevel(String level, Section section, String key) {
        String upper = level == null ? "" : level.strip().toUpperCase(Locale.ROOT);
        if (!LoggingSettings.LEVELS.contains(upper)) {
            String found = level == null ? "is empty" : "has '" + level + "'";
            throw ConfigException.at(section.origin(key), section.keyPath(key), found
                    + ", not a logging level; use one of " + String.join(", ", LoggingSettings.LEVELS));
        }
        return upper;
    }
}
