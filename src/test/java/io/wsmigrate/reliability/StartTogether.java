package io.wsmigrate.reliability;

import io.wsmigrate.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A start barrier for child JVMs: waits until the file named by the first argument exists, then
 * runs {@code ws-migrate} with the remaining arguments. JVM start-up takes a second or more, so
 * processes started one after the other would otherwise rarely overlap in their first queries.
 */
public final class StartTogether {
    private StartTogether() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path barrier = Path.of(args[0]);
        while (!Files.exists(barrier)) {
            Thread.sleep(2);
        }
        Main.main(Arrays.copyOfRange(args, 1, args.length));
    }
}
