package io.wsmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which start-up archive {@code bin/ws-migrate} writes and uses for the Java it runs: a class-data
 * archive ({@code <subcommand>.jsa}) on Java 17 to 24, an ahead-of-time cache
 * ({@code <subcommand>.<runtime>.aot}) on Java 25 or newer, each rewritten when older than the jar or
 * the JVM. The launcher runs from a copy of {@code bin/} beside a stand-in jar, on stand-in Java homes
 * whose {@code bin/java} records its arguments and writes what the archive options ask for; the last
 * test runs the real jar on a real JDK 25 when the machine has one.
 */
class LauncherArchivesTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;
    private Path home;
    private Path archives;
    private Path calls;

    @BeforeEach
    void aCheckoutWithABuiltJar() throws IOException {
        home = dir.resolve("checkout");
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("target/lib"));
        Files.copy(REPOSITORY.resolve("bin/ws-migrate"), home.resolve("bin/ws-migrate"));
        Files.writeString(home.resolve("target/ws-migrate.jar"), "a stand-in jar");
        executable(home.resolve("bin/ws-migrate"));
        archives = dir.resolve("cds");
        calls = dir.resolve("calls.log");
    }

    @Test
    void java17WritesAClassDataArchiveOnTheFirstRunAndUsesItAfter() throws Exception {
        Path java = javaHome("jdk-17", "17.0.15+6");
        launch(java, "heads");
        launch(java, "heads");
        assertThat(archives.resolve("heads.jsa")).isRegularFile();
        List<String> runs = calls();
        assertThat(runs).hasSize(2);
        assertThat(runs.get(0)).contains("-XX:ArchiveClassesAtExit=" + archives.resolve("heads.jsa.")).doesNotContain("AOT");
        assertThat(runs.get(1)).contains("-XX:SharedArchiveFile=" + archives.resolve("heads.jsa")).doesNotContain("AOT");
    }

    @Test
    void java25RecordsThenWritesAnAheadOfTimeCacheAndUsesItAfter() throws Exception {
        Path java = javaHome("jdk-25", "25.0.3+9-LTS");
        Path cache = archives.resolve("heads.25.0.3+9-LTS.aot");
        Run first = launch(java, "heads");
        assertThat(first.output()).as("the recording JVM's remark stays out of the output").isEqualTo("ran heads\n");
        launch(java, "heads");
        assertThat(cache).isRegularFile();
        assertThat(archives.resolve("heads.jsa")).doesNotExist();
        try (Stream<Path> left = Files.list(archives)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("no temporary files").containsExactly(
                    cache.getFileName().toString());
        }
        List<String> runs = calls();
        assertThat(runs).hasSize(3);
        assertThat(runs.get(0)).contains("-XX:AOTMode=record", "-XX:-DisplayVMOutput", " heads")
                .doesNotContain("ArchiveClassesAtExit");
        assertThat(runs.get(1)).contains("-XX:AOTMode=create", "-XX:AOTCache=" + archives.resolve("heads.25.0.3+9-LTS.aot."))
                .doesNotContain(" heads");
        assertThat(runs.get(2)).contains("-XX:AOTCache=" + cache, "-Xlog:aot*=off", " heads")
                .doesNotContain("AOTMode").doesNotContain("SharedArchiveFile");
    }

    @Test
    void aCacheOlderThanTheJarIsRewrittenAndEachRuntimeHasItsOwn() throws Exception {
        Path java25 = javaHome("jdk-25", "25.0.3+9-LTS");
        launch(java25, "current");
        Path cache = archives.resolve("current.25.0.3+9-LTS.aot");
        Files.setLastModifiedTime(cache, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.setLastModifiedTime(home.resolve("target/ws-migrate.jar"), FileTime.from(Instant.now().minusSeconds(60)));
        launch(java25, "current");
        assertThat(calls().get(2)).as("a new build: recorded again").contains("-XX:AOTMode=record");

        Path java26 = javaHome("jdk-26", "26+35");
        launch(java26, "current");
        assertThat(calls().get(4)).as("another JVM: its own cache").contains("-XX:AOTMode=record",
                "-XX:AOTConfiguration=" + archives.resolve("current.26+35.aot."));
        assertThat(cache).isRegularFile();
        assertThat(archives.resolve("current.26+35.aot")).isRegularFile();
    }

    @Test
    void rewriteWritesAnExistingArchiveAgainAndOffUsesNone() throws Exception {
        Path java = javaHome("jdk-25", "25.0.3+9-LTS");
        launch(java, "history");
        launch(java, "history", Map.of("WS_MIGRATE_CDS", "rewrite"));
        launch(java, "history", Map.of("WS_MIGRATE_CDS", "off"));
        List<String> runs = calls();
        assertThat(runs).hasSize(5);
        assertThat(runs.get(2)).contains("-XX:AOTMode=record");
        assertThat(runs.get(4)).doesNotContain("AOT").doesNotContain("SharedArchiveFile");
    }

    @Test
    void c1WaitsLongerForTheSmallCommandsAndForUpgradeOnlyBeforeJava25() throws Exception {
        Path java17 = javaHome("jdk-17", "17.0.15+6");
        Path java25 = javaHome("jdk-25", "25.0.3+9-LTS");
        launch(java17, "upgrade");
        launch(java25, "upgrade");
        launch(java25, "heads");
        launch(java25, "check");
        List<String> runs = calls();
        assertThat(runs.get(0)).contains("-XX:Tier3InvocationThreshold=1000");
        assertThat(runs.get(1)).contains("-XX:AOTMode=record").doesNotContain("Tier3");
        assertThat(runs.get(3)).contains("-XX:AOTMode=record", "-XX:Tier3InvocationThreshold=1000");
        assertThat(runs.get(5)).contains("-XX:AOTMode=record").doesNotContain("Tier3");
    }

    @Test
    void aJavaHomeWithoutAReleaseFileGetsAClassDataArchive() throws Exception {
        Path java = javaHome("jre", null);
        launch(java, "heads");
        assertThat(calls().get(0)).contains("-XX:ArchiveClassesAtExit=");
    }

    @Test
    void aJavaHomeWithoutJavaIsOneLineAndExitCode1() throws Exception {
        Run run = launch(dir.resolve("nowhere"), "heads");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.error()).isEqualTo("ws-migrate: no " + dir.resolve("nowhere/bin/java")
                + "; set WS_MIGRATE_JAVA_HOME to a JDK or JRE of Java 17 or newer\n");
    }

    @Test
    void aJavaOlderThan17IsOneLineAndExitCode1AndNeverRuns() throws Exception {
        Path java = javaHome("jdk11", "11.0.24+8");
        Run run = launch(java, "heads");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.error()).isEqualTo("ws-migrate: " + java.resolve("bin/java") + " is Java 11; ws-migrate needs"
                + " Java 17 or newer (set WS_MIGRATE_JAVA_HOME or JAVA_HOME to one)\n");
        assertThat(calls).doesNotExist();
    }

    /** The real jar on a real JDK 25 or newer, when the machine has one: same output, cache used. */
    @Test
    @Tag("slow")
    void theRealJarOnJava25WritesItsCacheWithoutTouchingTheOutput() throws Exception {
        Optional<Path> jdk25 = installedJdk25();
        assumeTrue(jdk25.isPresent(), "no JDK 25 or newer in /usr/lib/jvm or WS_MIGRATE_TEST_JDK25");
        assertThat(REPOSITORY.resolve("target/ws-migrate.jar")).as("built by mvn package").isRegularFile();
        Files.writeString(dir.resolve("settings.yaml"), """
                database:
                  url: jdbc:postgresql://127.0.0.1:1/never-connected
                migrations:
                  package: com.example.shop
                  location: %s
                """.formatted(REPOSITORY.resolve("migrations")));
        List<String> command = List.of(REPOSITORY.resolve("bin/ws-migrate").toString(), "-c", "settings.yaml", "heads");
        Map<String, String> env = Map.of("WS_MIGRATE_JAVA_HOME", jdk25.get().toString(),
                "WS_MIGRATE_CDS_DIR", archives.toString(), "WS_MIGRATE_BUILD", "never");
        Run recording = run(command, env);
        Run cached = run(command, env);
        assertThat(recording.exitCode()).as(recording.error()).isZero();
        assertThat(cached.exitCode()).as(cached.error()).isZero();
        assertThat(recording.output()).isEqualTo(cached.output()).contains("(head)");
        assertThat(recording.error()).isEmpty();
        try (Stream<Path> files = Files.list(archives)) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("heads.").endsWith(".aot");
        }
    }

    private static Optional<Path> installedJdk25() throws IOException {
        String configured = System.getenv("WS_MIGRATE_TEST_JDK25");
        if (configured != null) {
            return Optional.of(Path.of(configured));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (!Files.isDirectory(jvms)) {
            return Optional.empty();
        }
        try (Stream<Path> homes = Files.list(jvms)) {
            return homes.filter(h -> Files.isExecutable(h.resolve("bin/java"))).filter(h -> feature(h) >= 25).findFirst();
        }
    }

    private static int feature(Path javaHome) {
        try {
            return Files.readAllLines(javaHome.resolve("release")).stream()
                    .filter(l -> l.startsWith("JAVA_RUNTIME_VERSION="))
                    .map(l -> l.replaceAll("^JAVA_RUNTIME_VERSION=\"?(\\d+).*", "$1")).mapToInt(Integer::parseInt)
                    .findFirst().orElse(0);
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /**
     * A Java home whose bin/java logs its arguments, writes the file an archive option names (as the
     * JVM would at exit), prints "ran SUBCOMMAND" for a run of the jar and, when recording, the remark
     * a recording JVM prints unless -XX:-DisplayVMOutput.
     */
    private Path javaHome(String name, String runtimeVersion) throws IOException {
        Path javaHome = dir.resolve(name);
        Files.createDirectories(javaHome.resolve("bin"));
        if (runtimeVersion != null) {
            Files.writeString(javaHome.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_RUNTIME_VERSION=\""
                    + runtimeVersion + "\"\nJAVA_VERSION=\"" + runtimeVersion.replaceAll("[+-].*", "") + "\"\n");
        }
        Path java = javaHome.resolve("bin/java");
        Files.writeString(java, """
                #!/usr/bin/env bash
                echo "$*" >>"%s"
                mode= quiet=; jar=
                for a in "$@"; do
                  case "$a" in
                    -XX:ArchiveClassesAtExit=*|-XX:AOTConfiguration=*) out="${a#*=}" ;;
                    -XX:AOTCache=*) cache="${a#*=}" ;;
                    -XX:AOTMode=*) mode="${a#*=}" ;;
                    -XX:-DisplayVMOutput) quiet=1 ;;
                  esac
                done
                [ "$mode" = create ] && out="$cache"
                [ -n "${out:-}" ] && echo archive >"$out"
                [ "$mode" = create ] && exit 0
                while [ "$1" != -jar ]; do shift; done; shift 2
                while [ $# -gt 0 ]; do case "$1" in -c) shift ;; -*) ;; *) echo "ran $1"; break ;; esac; shift; done
                [ "$mode" = record ] && [ -z "$quiet" ] && echo " AOTConfiguration recorded: $out"
                exit 0
                """.formatted(calls));
        executable(java);
        return javaHome;
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(calls);
    }

    private Run launch(Path javaHome, String subcommand) throws Exception {
        return launch(javaHome, subcommand, Map.of());
    }

    private Run launch(Path javaHome, String subcommand, Map<String, String> extra) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(Map.of("WS_MIGRATE_JAVA_HOME", javaHome.toString(),
                "WS_MIGRATE_CDS_DIR", archives.toString(), "WS_MIGRATE_BUILD", "never"));
        env.putAll(extra);
        return run(List.of(home.resolve("bin/ws-migrate").toString(), "-c", "settings.yaml", subcommand), env);
    }

    private record Run(int exitCode, String output, String error) {
    }

    private Run run(List<String> command, Map<String, String> env) throws Exception {
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeAll(List.of("WS_MIGRATE_CDS", "WS_MIGRATE_JAVA_OPTS", "JDK_JAVA_OPTIONS",
                "JAVA_TOOL_OPTIONS"));
        builder.environment().putAll(env);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void executable(Path file) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
