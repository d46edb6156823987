package io.wsmigrate.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Citus for the tests: the source folder with {@code build.sh} and {@code cluster.sh} (the first of
 * {@code $WS_MIGRATE_CITUS_SOURCE}, {@code <project>/../shared/citus}, {@code /work/shared/citus}),
 * and the build into Debian's PostgreSQL 15 when {@code citus.so} is missing. The build runs under
 * {@code flock} on {@value #LOCK}, the lock the early background build of {@code pom.xml} holds too,
 * so two JVMs never run apt and make at once.
 */
final class CitusBuild {
    static final Path PGBIN = Path.of("/usr/lib/postgresql/15/bin");
    static final String LOCK = "/tmp/ws-migrate-citus-build.lock";

    private CitusBuild() {
    }

    /** The folder holding build.sh and cluster.sh; throws with what was looked at when there is none. */
    static Path source() {
        List<Path> candidates = new ArrayList<>();
        String env = System.getenv("WS_MIGRATE_CITUS_SOURCE");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        candidates.add(Path.of(System.getProperty("user.dir")).resolve("../shared/citus").normalize());
        candidates.add(Path.of("/work/shared/citus"));
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate.resolve("build.sh")) && Files.isRegularFile(candidate.resolve("cluster.sh"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("no Citus source: build.sh and cluster.sh are in none of " + candidates
                + " (set WS_MIGRATE_CITUS_SOURCE)");
    }

    /** Builds and installs Citus unless it is installed; throws with a one-line reason when it cannot. */
    static void ensureInstalled(Path source) {
        if (!Files.isExecutable(PGBIN.resolve("postgres")) && !isRoot()) {
            throw new IllegalStateException("PostgreSQL 15 is not installed in " + PGBIN
                    + " and installing it needs root: run " + source.resolve("build.sh") + " as root once");
        }
        if (installed()) {
            return;
        }
        if (!isRoot()) {
            throw new IllegalStateException("Citus is not installed and building it needs root: run "
                    + source.resolve("build.sh") + " as root once");
        }
        run(List.of("flock", LOCK, "bash", source.resolve("build.sh").toString()), 15);
        if (!installed()) {
            throw new IllegalStateException("building Citus did not install " + PGBIN.getParent().resolve("lib/citus.so"));
        }
    }

    static boolean installed() {
        return Files.isRegularFile(PGBIN.getParent().resolve("lib/citus.so"));
    }

    static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /**
     * Runs a script with its output in a log file, deleted when it succeeds; throws naming the
     * command, the exit code, the log's last line and the log when it fails.
     */
    static void run(List<String> command, int timeoutMinutes) {
        try {
            Path log = Files.createTempFile("ws-migrate-citus-", ".log");
            Process process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutMinutes, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within "
                        + timeoutMinutes + " minutes (see " + log + ")");
            }
            if (process.exitValue() != 0) {
                List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
                String last = lines.isEmpty() ? "no output" : lines.get(lines.size() - 1);
                throw new IllegalStateException(String.join(" ", command) + " failed with exit code "
                        + process.exitValue() + ": " + last + " (see " + log + ")");
            }
            Files.delete(log);
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
