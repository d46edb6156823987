package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which Hibernate builds the entity model: the application's hibernate-core when its classpath
 * holds one (the first jar with {@code org/hibernate/Version.class}, as a class loader would pick
 * it), else ws-migrate's own. Found by reading the jars' directories and manifests; nothing is
 * loaded. A version ws-migrate cannot drive is refused here, before anything boots.
 *
 * @param version  the Hibernate version, such as {@code 6.6.36.Final}
 * @param location the application's hibernate-core jar; null for ws-migrate's own
 */
public record HibernateOnClasspath(String version, Path location) {
    /**
     * The oldest 6.x minor that builds the model: 6.4 and older lack calls ws-migrate makes
     * ({@code Column.isIdentity}) and boot without a connection only by another setting.
     */
    private static final int OLDEST_6_MINOR = 6;
    private static final String VERSION_CLASS = "org/hibernate/Version.class";
    private static final Pattern FILE_VERSION = Pattern.compile("hibernate-core-(\\d+\\.\\d+[^/]*)\\.jar");
    private static final Pattern MAJOR_MINOR = Pattern.compile("(\\d+)\\.(\\d+)\\..*");

    /** ws-migrate's own Hibernate, the one it is compiled against. */
    public static HibernateOnClasspath bundled() {
        return new HibernateOnClasspath(org.hibernate.Version.getVersionString(), null);
    }

    /** The Hibernate that builds the model for {@code classpath}; a CONFIG error for one ws-migrate cannot use. */
    public static HibernateOnClasspath find(List<Path> classpath) {
        for (Path entry : classpath) {
            if (Files.isRegularFile(entry)) {
                String version = versionIn(entry);
                if (version != null) {
                    return supported(new HibernateOnClasspath(version, entry));
                }
            }
        }
        return bundled();
    }

    /** True when the application's own hibernate-core is used, in an isolated class loader. */
    public boolean isApplications() {
        return location != null && !version.equals(bundled().version());
    }

    /** One line for db-info and the log: the version and where it comes from. */
    public String describe() {
        if (location == null) {
            return version + " (ws-migrate's own; the classpath has no hibernate-core)";
        }
        return version + " (the application's, " + location.getFileName() + ")";
    }

    private static HibernateOnClasspath supported(HibernateOnClasspath found) {
        Matcher parts = MAJOR_MINOR.matcher(found.version);
        int major = parts.matches() ? Integer.parseInt(parts.group(1)) : 0;
        int minor = parts.matches() ? Integer.parseInt(parts.group(2)) : 0;
        if (major == 7 || major == 6 && minor >= OLDEST_6_MINOR) {
            return found;
        }
        throw new WsMigrateException(ExitCode.CONFIG, "the classpath holds Hibernate " + found.version + " ("
                + found.location + "), but ws-migrate builds the model with Hibernate 6." + OLDEST_6_MINOR + " or later, or 7.x;"
                + " upgrade the application's hibernate-core, or leave its jar off migrations.classpath to use"
                + " ws-migrate's own " + bundled().version());
    }

    /** The version of the hibernate-core in {@code jar}, or null when it holds none. */
    private static String versionIn(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            if (file.getEntry(VERSION_CLASS) == null) {
                return null;
            }
            Manifest manifest = file.getManifest();
            if (manifest != null) {
                Attributes main = manifest.getMainAttributes();
                for (String key : List.of("Implementation-Version", "Bundle-Version", "Specification-Version")) {
                    String value = main.getValue(key);
                    if (value != null && MAJOR_MINOR.matcher(value).matches()) {
                        return value;
                    }
                }
            }
            Matcher name = FILE_VERSION.matcher(jar.getFileName().toString());
            if (name.matches()) {
                return name.group(1);
            }
            throw new WsMigrateException(ExitCode.CONFIG, jar + " holds Hibernate, but neither its manifest nor"
                    + " its name says which version; use the hibernate-core jar as released");
        } catch (IOException e) {
            return null; // not a jar: the scanner reports entries it cannot read
        }
    }
}
