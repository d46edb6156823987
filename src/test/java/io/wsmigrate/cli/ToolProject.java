package io.wsmigrate.cli;

import io.wsmigrate.config.DatabaseSettings;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A project folder whose settings point at a test database, and ways to run ws-migrate on it:
 * in this JVM (for errors raised before any client program starts) or as a real process, whose
 * stdout psql and pg_dump share, as they do for a user.
 */
final class ToolProject {
    private final Path dir;
    private final Map<String, String> environment = new HashMap<>();

    private ToolProject(Path dir) {
        this.dir = dir;
        environment.put("PATH", System.getenv("PATH"));
        environment.put("HOME", System.getProperty("user.home"));
        environment.put("LANG", "C.UTF-8");
    }

    /** Writes {@code config/development.yaml} for this database. */
    static ToolProject create(Path dir, DatabaseSettings database) throws IOException {
        ToolProject project = new ToolProject(dir);
        project.settings("development.yaml", database);
        return project;
    }

    Path settings(String name, DatabaseSettings database) throws IOException {
        Files.createDirectories(dir.resolve("config"));
        return Files.writeString(dir.resolve("config").resolve(name), "database:\n"
                + "  url: " + database.url() + "\n"
                + (database.user() == null ? "" : "  user: " + database.user() + "\n")
                + (database.password() == null ? "" : "  password: '" + database.password().replace("'", "''") + "'\n")
                + "migrations:\n  package: com.example.shop\n");
    }

    Path dir() {
        return dir;
    }

    ToolProject with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }
    }

    /** ws-migrate in this JVM, with the settings file of this project. */
    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of("-c", dir.resolve("config/development.yaml").toString()));
        all.addAll(List.of(args));
        int code = Main.run(all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true),
                environment, false);
        return new Result(code, out.toString(), err.toString());
    }

    /** ws-migrate as its own process in the project folder, reading {@code stdin} (or nothing). */
    Result fork(Path stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "stdout", ".txt");
        Path err = Files.createTempFile(dir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile());
        builder.environment().clear();
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("ws-migrate " + args[0] + " did not finish in 120 s");
        }
        Result result = new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
        Files.delete(out);
        Files.delete(err);
        return result;
    }
}
