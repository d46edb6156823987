package io.wsmigrate.testing;

import io.wsmigrate.cli.Main;
import io.wsmigrate.testing.TestProject.CliRun;
import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The two ways a test runs the command line: in this JVM, or as a process of its own. */
final class CliRuns {
    private CliRuns() {
    }

    static CliRun inProcess(Map<String, String> environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        long start = System.nanoTime();
        int code;
        try (PrintWriter o = new PrintWriter(out, true); PrintWriter e = new PrintWriter(err, true)) {
            code = Main.run(args, o, e, environment, false);
        }
        return new CliRun(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    /** {@code ws-migrate args...} in {@code dir} with only {@code environment}; gives up after 120 s. */
    static CliRun asProcess(Path dir, Map<String, String> environment, Path stdin, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        try {
            Path out = Files.createTempFile(dir, "stdout", ".txt");
            Path err = Files.createTempFile(dir, "stderr", ".txt");
            ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile())
                    .redirectInput(stdin == null ? new File("/dev/null") : stdin.toFile());
            builder.environment().clear();
            builder.environment().putAll(environment);
            long start = System.nanoTime();
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("ws-migrate " + args[0] + " did not finish in 120 s");
            }
            CliRun result = new CliRun(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
            Files.delete(out);
            Files.delete(err);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while ws-migrate ran", e);
        }
    }
}
