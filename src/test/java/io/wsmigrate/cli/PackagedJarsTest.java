package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * What {@code mvn package} leaves in {@code target/}, checked after it (at integration-test, where
 * {@code mvn verify} runs the slow tests): {@code ws-migrate.jar} is the Java API an application
 * embeds, with no picocli class of its own, and the command line still runs from it, through the
 * launcher, with the picocli in {@code target/lib} that its manifest names.
 */
@Tag("slow")
class PackagedJarsTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path JAR = REPOSITORY.resolve("target/ws-migrate.jar");

    @TempDir
    Path dir;

    @Test
    void theApiJarHoldsNoPicocliAndAnApplicationsOwnPicocliIsTheOnlyOne() throws IOException {
        assertThat(JAR).as("built by mvn package, before the slow tests run").isRegularFile();
        try (JarFile jar = new JarFile(JAR.toFile())) {
            assertThat(jar.stream().map(e -> e.getName()).filter(n -> n.startsWith("picocli/"))).isEmpty();
            assertThat(jar.getEntry("io/wsmigrate/command/MigrationCommands.class")).isNotNull();
        }
        // as a build resolves it: from a repository folder, without the launcher's lib/ beside it
        Path resolved = Files.copy(JAR, Files.createDirectories(dir.resolve("repository")).resolve("ws-migrate.jar"));
        Path applicationsPicocli = Path.of(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        try (URLClassLoader application = new URLClassLoader(new URL[] {resolved.toUri().toURL(),
                applicationsPicocli.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            List<URL> copies = Collections.list(application.getResources("picocli/CommandLine.class"));
            assertThat(copies).hasSize(1);
            assertThat(copies.get(0).toString()).contains(applicationsPicocli.getFileName().toString());
        }
    }

    @Test
    void theCommandLinesPicocliIsAJarOfItsOwnCompiledForJava17() throws IOException {
        String classPath;
        try (JarFile jar = new JarFile(JAR.toFile())) {
            classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
        }
        String picocli = Arrays.stream(classPath.split(" ")).filter(e -> e.startsWith("lib/picocli-")).findFirst()
                .orElseThrow();
        try (JarFile jar = new JarFile(REPOSITORY.resolve("target").resolve(picocli).toFile());
             InputStream in = jar.getInputStream(jar.getEntry("picocli/CommandLine.class"))) {
            byte[] header = in.readNBytes(8);
            int major = ((header[6] & 0xff) << 8) | (header[7] & 0xff);
            assertThat(major).as("class file version of the command line's picocli").isEqualTo(61);
        }
    }

    @Test
    void theJarAndTheLauncherRunTheReadmesFirstCommand() throws Exception {
        Files.createDirectories(dir.resolve("config"));
        for (String name : List.of("base.yaml", "development.yaml")) {
            Files.copy(REPOSITORY.resolve("config").resolve(name), dir.resolve("config").resolve(name));
        }
        copyTree(REPOSITORY.resolve("migrations"), dir.resolve("migrations"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        Run version = run(List.of(java, "-jar", JAR.toString(), "--version"));
        assertThat(version.exitCode()).as(version.output()).isZero();
        assertThat(version.output()).startsWith("ws-migrate ");

        Run upgrade = run(List.of(REPOSITORY.resolve("bin/ws-migrate").toString(), "-c", "config/development.yaml",
                "upgrade", "head"));
        assertThat(upgrade.exitCode()).as(upgrade.output()).isZero();
        assertThat(upgrade.output().lines()).containsExactly(
                "Running upgrade -> 37e1cb6de47a, Initial migration",
                "Running upgrade 37e1cb6de47a -> 2d970929c35b, Add offer model for managing deals",
                upgrade.output().lines().toList().get(2));
        assertThat(upgrade.output()).contains("the database is at 2d970929c35b.");
    }

    /** Its exit code and standard output (the launcher's build notes go to standard error). */
    private record Run(int exitCode, String output) {
    }

    private Run run(List<String> command) throws Exception {
        Path log = dir.resolve("run.log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectError(dir.resolve("run.err").toFile()).redirectOutput(log.toFile());
        builder.environment().put("WS_MIGRATE_CDS", "off");
        Process process = builder.start();
        assertThat(process.waitFor(600, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        List<Path> paths = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(from)) {
            walk.forEach(paths::add);
        }
        for (Path path : paths) {
            Path target = to.resolve(from.relativize(path).toString().replace(File.separatorChar, '/'));
            if (Files.isDirectory(path)) {
                Files.createDirectories(target);
            } else {
                Files.copy(path, target);
            }
        }
    }
}
