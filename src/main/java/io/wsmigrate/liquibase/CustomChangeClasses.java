package io.wsmigrate.liquibase;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Where the classes of {@code customChange} entries come from: the project's
 * {@code migrations.classpath} (its directories and jars), before ws-migrate's own classes. The
 * loader is made on the first {@code customChange}; other entries never open the classpath.
 */
final class CustomChangeClasses {
    static final String TYPE = "customChange";
    private static final int SHOWN_ENTRIES = 3;

    private final Supplier<List<Path>> classpathSource;
    private List<Path> classpath;
    private ClassLoader loader;

    CustomChangeClasses(List<Path> classpath) {
        this(() -> classpath);
    }

    CustomChangeClasses(Supplier<List<Path>> classpath) {
        this.classpathSource = classpath;
    }

    private List<Path> classpath() {
        if (classpath == null) {
            classpath = List.copyOf(classpathSource.get());
        }
        return classpath;
    }

    /** The class loader Liquibase should load {@code entry}'s class with, or null when it loads none. */
    ClassLoader loaderFor(ChangeEntry entry) {
        if (!TYPE.equals(entry.type()) || classpath().isEmpty()) {
            return null;
        }
        if (loader == null) {
            List<URL> urls = new ArrayList<>();
            for (Path entryPath : classpath()) {
                try {
                    urls.add(entryPath.toAbsolutePath().toUri().toURL());
                } catch (MalformedURLException e) {
                    throw new ChangeException("migrations.classpath entry " + entryPath + " is not a valid path", e);
                }
            }
            loader = new URLClassLoader("migrations.classpath", urls.toArray(URL[]::new),
                    CustomChangeClasses.class.getClassLoader());
        }
        return loader;
    }

    /**
     * What to do when Liquibase could not load or make {@code entry}'s class, or null when
     * {@code failure} is about something else: the user needs the class's name and the setting,
     * not the names of exception classes.
     */
    String explain(ChangeEntry entry, Throwable failure) {
        if (!TYPE.equals(entry.type())) {
            return null;
        }
        String className = String.valueOf(entry.attributes().get("class"));
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClassNotFoundException || cause instanceof NoClassDefFoundError) {
                return "the class " + className + " of this customChange is not on migrations.classpath ("
                        + describe(classpath()) + "); add the directory or jar that holds the compiled"
                        + " class, e.g. classpath: [target/classes], and check the class name";
            }
            if (cause instanceof NoSuchMethodException || cause instanceof InstantiationException
                    || cause instanceof IllegalAccessException || cause instanceof ClassCastException) {
                return "the class " + className + " of this customChange cannot be used: it must be public, have a"
                        + " public constructor without arguments, and implement Liquibase's CustomSqlChange";
            }
        }
        return null;
    }

    /** A few entries, then how many: a build's classpath runs to kilobytes, too long for a one-line error. */
    private static String describe(List<Path> entries) {
        if (entries.isEmpty()) {
            return "which is empty";
        }
        String shown = entries.stream().limit(SHOWN_ENTRIES).map(Path::toString).collect(Collectors.joining(", "));
        return entries.size() <= SHOWN_ENTRIES ? shown : shown + ", ... " + entries.size() + " entries in all";
    }
}
