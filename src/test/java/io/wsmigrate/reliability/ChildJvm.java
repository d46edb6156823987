package io.wsmigrate.reliability;

import io.wsmigrate.cli.Main;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts {@code ws-migrate} in a JVM of its own, with this test's classpath: the only way to see
 * what a real process does when many run at once or one is killed.
 */
final class ChildJvm {
    private ChildJvm() {
    }

    /** Starts {@code ws-migrate -c settings args...}; stdout and stderr go to {@code log}. */
    static Process start(Path settings, Path log, String... args) {
        return launch(List.of(Main.class.getName()), settings, log, args);
    }

    /** Like {@link #start}, running {@code mainClass} (a test's own entry point) instead of the command line. */
    static Process startMain(Class<?> mainClass, Path settings, Path log, String... args) {
        return launch(List.of(mainClass.getName()), settings, log, args);
    }

    /** Like {@link #start}, with a heap of at most {@code maxHeap} (such as {@code 64m}). */
    static Process startWithHeap(String maxHeap, Path settings, Path log, String... args) {
        return launch(List.of("-Xmx" + maxHeap, Main.class.getName()), settings, log, args);
    }

    /** Like {@link #start}, but the JVM waits until {@code barrier} exists before it runs the command. */
    static Process startAfter(Path barrier, Path settings, Path log, String... args) {
        return launch(List.of(StartTogether.class.getName(), barrier.toString()), settings, log, args);
    }

    private static Process launch(List<String> mainClass, Path settings, Path log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // short-lived CLI runs, many at once on a small machine: the C1 compiler only, a small heap
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx192m",
                "-cp", System.getProperty("java.class.path")));
        command.addAll(mainClass);
        command.addAll(List.of("-c", settings.toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a ws-migrate JVM", e);
        }
    }
}
