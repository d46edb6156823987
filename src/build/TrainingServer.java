import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The throwaway PostgreSQL that bin/cds-archives trains the launcher's class-data archives against,
 * so that they hold the classes a live run loads (the driver's connection, queries and results),
 * not only those of an offline one. Run as a single source file on target/lib with two arguments, a
 * data folder and a file: starts the server bundled in target/lib on a free port with its data in
 * that folder, writes the port into the file (whole or not at all), and stops the server when its
 * standard input closes (or the JVM is told to end: the library's shutdown hook).
 */
public final class TrainingServer {
    private TrainingServer() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder()
                .setDataDirectory(Path.of(args[0]))
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "off")
                .start()) {
            Path port = Path.of(args[1]);
            Path temp = port.resolveSibling(port.getFileName() + ".tmp");
            Files.writeString(temp, Integer.toString(server.getPort()));
            Files.move(temp, port, StandardCopyOption.ATOMIC_MOVE);
            while (System.in.read() >= 0) {
                // the build script holds standard input open while its training runs last
            }
        }
    }
}
