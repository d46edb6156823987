package io.wsmigrate.docs;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway copy of the sample shop that a page's examples run in: its {@code config/},
 * {@code migrations/} (unless bare), {@code src/sample/java} and compiled {@code target/sample-classes}.
 * Every settings file written here that says {@code url: embedded} is pointed at a fresh test
 * database instead (the development database), and each other {@code url: embedded:<dir>} at one
 * more; {@code SHOP_DATABASE_URL}, {@code _USER} and {@code _PASSWORD}, which
 * {@code config/production.yaml} reads, name another fresh database, the production one.
 */
final class DocProject implements AutoCloseable {
    /** How pages write the project's folder where a command prints an absolute path. */
    static final String SHOWN_AS = "<project>";
    private static final Pattern EMBEDDED_URL =
            Pattern.compile("(?m)^(\\s*)url:\\s*embedded(?::(\\S*))?\\s*(#.*)?$");

    private final Path root;
    private final DatabaseSettings development;
    private final DatabaseSettings production;
    /** Other embedded data folders ({@code url: embedded:<dir>}), each its own fresh database. */
    private final Map<String, DatabaseSettings> otherEmbedded = new LinkedHashMap<>();

    private DocProject(Path root, DatabaseSettings development, DatabaseSettings production) {
        this.root = root;
        this.development = development;
        this.production = production;
    }

    /** A copy of the sample project in {@code repository}; without {@code migrations/} when {@code bare}. */
    static DocProject copyOfSample(Path repository, boolean bare) {
        try {
            Path root = Files.createTempDirectory("ws-migrate-docs").toRealPath();
            DocProject project = new DocProject(root, TestPostgres.get().freshDatabase(),
                    TestPostgres.get().freshDatabase());
            copyTree(repository.resolve("src/sample"), root.resolve("src/sample"));
            copyTree(repository.resolve("target/sample-classes"), root.resolve("target/sample-classes"));
            if (!bare) {
                copyTree(repository.resolve("migrations"), root.resolve("migrations"));
            }
            try (Stream<Path> files = Files.list(repository.resolve("config"))) {
                for (Path file : files.toList()) {
                    project.write("config/" + file.getFileName(), Files.readString(file));
                }
            }
            return project;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path root() {
        return root;
    }

    Path resolve(String relative) {
        return root.resolve(relative).normalize();
    }

    DatabaseSettings development() {
        return development;
    }

    /** The environment of a page: PATH, HOME and LANG, and the variables the production settings read. */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        // what finds psql and pg_dump, as in the reader's shell
        for (String name : new String[] {"PATH", "HOME", "LANG"}) {
            String value = System.getenv(name);
            if (value != null) {
                env.put(name, value);
            }
        }
        env.put("SHOP_DATABASE_URL", production.url());
        env.put("SHOP_DATABASE_USER", production.user() == null ? "" : production.user());
        env.put("SHOP_DATABASE_PASSWORD", production.password() == null ? "" : production.password());
        env.put("WS_MIGRATE_CONFIG", resolve("config/development.yaml").toString());
        return env;
    }

    /** Writes a file of the project; a settings file on the embedded database is pointed at the test database. */
    void write(String relative, String text) {
        Path file = resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, relative.endsWith(".yaml") || relative.endsWith(".yml") ? onTestDatabase(text) : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Turns the sample shop into a library the project uses: a jar at {@code jarPath} with the
     * shop's classes and, under {@code com/example/shop/migrations}, its scripts folder; the shop's
     * sources, classes and scripts leave the project folder.
     */
    void shopAsLibrary(String jarPath) {
        Path classes = resolve("target/sample-classes");
        Path jar = resolve(jarPath);
        try {
            Files.createDirectories(jar.getParent());
            try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
                addTree(out, classes.resolve("com/example/shop"), "com/example/shop/");
                addTree(out, resolve("migrations"), "com/example/shop/migrations/");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String moved : List.of("target/sample-classes/com/example/shop", "src/sample/java/com/example/shop",
                "migrations")) {
            delete(resolve(moved));
        }
    }

    private static void addTree(JarOutputStream out, Path folder, String prefix) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                out.putNextEntry(new JarEntry(prefix + folder.relativize(file).toString().replace('\\', '/')));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
    }

    /** Loads a settings file of the project, as a command would, to prove it is valid. */
    Settings loadSettings(String relative, Map<String, String> environment) {
        return new SettingsLoader().load(resolve(relative), environment, null);
    }

    /** Output with this project's absolute folder written as {@value #SHOWN_AS}. */
    String shown(String output) {
        return output.replace(root.toString(), SHOWN_AS);
    }

    private String onTestDatabase(String text) {
        Matcher m = EMBEDDED_URL.matcher(withoutCredentialsNextToEmbedded(text));
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String indent = m.group(1);
            String folder = m.group(2) == null ? "" : Path.of(m.group(2)).normalize().toString();
            DatabaseSettings db = folder.isEmpty() || folder.equals(".ws-migrate/pgdata") ? development
                    : otherEmbedded.computeIfAbsent(folder, f -> TestPostgres.get().freshDatabase());
            StringBuilder replacement = new StringBuilder(indent).append("url: ").append(db.url());
            if (db.user() != null) {
                replacement.append('\n').append(indent).append("user: ").append(quoted(db.user()));
            }
            if (db.password() != null) {
                replacement.append('\n').append(indent).append("password: ").append(quoted(db.password()));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement.toString()));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** An embedded database ignores user and password; the test database's take their place. */
    private static String withoutCredentialsNextToEmbedded(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        for (int i = 0; i < lines.size(); i++) {
            Matcher url = EMBEDDED_URL.matcher(lines.get(i));
            if (url.matches()) {
                removeSiblings(lines, i, url.group(1).length(), "user:", "password:");
            }
        }
        return String.join("\n", lines);
    }

    /** Removes the keys of the map that line {@code at} (indented {@code indent}) belongs to. */
    private static void removeSiblings(List<String> lines, int at, int indent, String... keys) {
        int i = at + 1;
        while (i < lines.size()) {
            String line = lines.get(i);
            int depth = line.length() - line.stripLeading().length();
            if (!line.isBlank() && depth < indent) {
                return; // the map ended
            }
            String key = line.strip();
            if (depth == indent && Arrays.stream(keys).anyMatch(key::startsWith)) {
                lines.remove(i);
            } else {
                i++;
            }
        }
    }

    private static String quoted(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            throw new IllegalStateException(from + " is missing; build the project first (mvn package -DskipTests)");
        }
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Override
    public void close() {
        delete(root);
    }

    private static void delete(Path tree) {
        try (Stream<Path> paths = Files.walk(tree)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
