package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.MapValue;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Loads the application's own settings file, in ws-migrate's format or in Spring Boot's or
 * Quarkus's ({@link ApplicationFiles}): its {@code include}s, {@code ${VAR}} interpolation
 * from the environment given, and the {@code database}, {@code migrations} and {@code logging}
 * sections (other sections are the application's business and are ignored). Every problem is a
 * {@link ConfigException} whose one-line message names the file, the line and the key.
 */
public final class SettingsLoader {
    /** The only sections {@link #load} reads, so it interpolates nothing else. */
    private static final List<String> SECTIONS = List.of("database", "migrations", "logging", "targets");

    /**
     * Reads {@code file} into {@link Settings}. Only the sections ws-migrate uses are interpolated,
     * so an unset variable elsewhere in the application's settings does not stop it.
     *
     * @param environment        the values for {@code ${VAR}}, usually the process environment
     * @param classpathIncludes  reads {@code classpath:} includes; null means this library's class loader
     */
    public Settings load(Path file, Map<String, String> environment, ClassLoader classpathIncludes) {
        return load(file, environment, classpathIncludes, null);
    }

    /**
     * Reads {@code file}, which may also be a Spring Boot or Quarkus settings file
     * ({@code application.yml}, {@code application.properties}), with {@code profile} active
     * (comma-separated; null means the one the environment or the file names).
     */
    public Settings load(Path file, Map<String, String> environment, ClassLoader classpathIncludes, String profile) {
        return load(file, environment, classpathIncludes, profile, false);
    }

    /**
     * The same for a command line: a problem in the database section (a missing URL, an unset
     * variable, a bad value) does not stop the load but waits in the settings for the command
     * that uses the database ({@link Settings#database()}), so that {@code heads} or
     * {@code history} run where the database's settings are not at hand, as in a CI job.
     */
    public Settings loadDeferringDatabase(Path file, Map<String, String> environment, ClassLoader classpathIncludes,
                                          String profile) {
        return load(file, environment, classpathIncludes, profile, true);
    }

    private Settings load(Path file, Map<String, String> environment, ClassLoader classpathIncludes, String profile,
                          boolean deferDatabase) {
        Secrets.remember(Secrets.ofEnvironment(environment)); // before a message could show one
        DriverLogging.silenceUntilRouted();
        SettingsSource source = existingSource(file);
        Interpolator interpolator = new Interpolator(environment);
        ClassLoader loader = loaderOrDefault(classpathIncludes);
        ApplicationFiles applicationFiles = new ApplicationFiles(loader, environment, profile, deferDatabase);
        MapValue tree = new IncludeLoader(loader, interpolator, applicationFiles).load(source);
        applicationFiles.requireComplete(source, tree);
        String databaseProblem = applicationFiles.databaseProblem();
        for (String section : SECTIONS) {
            ConfigNode node = tree.get(section);
            if (node == null) {
                continue;
            }
            try {
                tree = tree.with(section, interpolator.interpolate(node, section));
            } catch (ConfigException e) {
                if (!deferDatabase || !section.equals("database")) {
                    throw e;
                }
                databaseProblem = databaseProblem != null ? databaseProblem : e.getMessage();
            }
        }
        Settings settings = SettingsBinder.bind(tree, source, deferDatabase, databaseProblem)
                .withNotes(applicationFiles.notes());
        // a section that could not be read as a whole: what it holds, resolved where that succeeded
        MapValue read = tree;
        Secrets.remember(settings.readableDatabase().map(database -> Secrets.of(database, environment))
                .orElseGet(() -> WrittenSecrets.of(read)));
        Secrets.remember(Secrets.of(settings.targets().passwords()));
        return settings;
    }

    /**
     * The whole merged, interpolated tree (every section, {@code include} removed) as plain maps,
     * lists and scalars: for tests and for showing users what their includes add up to.
     */
    public Map<String, Object> loadTree(Path file, Map<String, String> environment, ClassLoader classpathIncludes) {
        SettingsSource source = existingSource(file);
        Interpolator interpolator = new Interpolator(environment);
        ClassLoader loader = loaderOrDefault(classpathIncludes);
        MapValue tree = new IncludeLoader(loader, interpolator, new ApplicationFiles(loader, environment, null))
                .load(source);
        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) interpolator.interpolate(tree, "").toPlain();
        return plain;
    }

    private static SettingsSource existingSource(Path file) {
        if (Files.isDirectory(file)) {
            throw new ConfigException("settings file " + file + " is a directory; give the YAML file itself,"
                    + " e.g. " + file.resolve("development.yaml"));
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("settings file " + file + " not found; check the path, or create it with"
                    + " database.url and migrations.package");
        }
        return SettingsSource.ofFile(file);
    }

    private static ClassLoader loaderOrDefault(ClassLoader classLoader) {
        return classLoader != null ? classLoader : SettingsLoader.class.getClassLoader();
    }
}
