package io.wsmigrate.reliability;

import io.wsmigrate.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A start barrier for child JVMs: waits until the file named by the first argument exists, then
 * runs {@code ws-migrate} with the remaining arguments. JVM start-up takes a second or more, so
 * processes started one after the other would otherwise rarely overlap in their first queries.
 * Each child says it is waiting with a marker file beside the barrier ({@link #awaitReady}), so the
 * test opens the barrier when all have started, not after a guessed sleep.
 */
public final class StartTogether {
    private static final String READY = ".ready.";

    private StartTogether() {
    }

    public static void main(String[] args) throws InterruptedException, IOException {
        Path barrier = Path.of(args[0]);
        Files.createFile(readyMarker(barrier, ProcessHandle.current().pid()));
        while (!Files.exists(barrier)) {
            Thread.sleep(2);
        }
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }

    /** The file a child writes once it waits at {@code barrier}: its JVM has started. */
    static Path readyMarker(Path barrier, long pid) {
        return barrier.resolveSibling(barrier.getFileName() + READY + pid);
    }

    /** Waits until {@code count} children wait at {@code barrier}, so that removing it starts them together. */
    static void awaitReady(Path barrier, int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (ready(barrier) < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(ready(barrier) + " of " + count + " JVMs reached the barrier in 120 s");
            }
            Thread.sleep(10);
        }
    }

    private static long ready(Path barrier) throws IOException {
        String prefix = barrier.getFileName() + READY;
        try (Stream<Path> files = Files.list(barrier.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix)).count();
        }
    }
}
