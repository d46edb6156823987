package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.wsmigrate.config.DatabaseSettings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Which PostgreSQL major an embedded database runs: the one the settings ask for
 * ({@code embedded:<major>} or {@code database.embedded_version}), else the major its data folder
 * was created by, else the major ws-migrate bundles. A data folder is only ever opened by its own
 * major: PostgreSQL cannot read another major's files.
 */
public final class EmbeddedVersion {
    private static final String VERSION_FILE = "PG_VERSION";

    private EmbeddedVersion() {
    }

    /** The major whose server ws-migrate carries on its classpath, the default for a new data folder. */
    public static int bundled() {
        return EmbeddedBinaries.bundledMajor();
    }

    /** The major the embedded database of these settings runs, without starting it. */
    public static int of(DatabaseSettings settings, Path projectDir) {
        return settings.embeddedMajor()
                .or(() -> folderMajor(settings.embeddedDataDir(projectDir)))
                .orElse(bundled());
    }

    /** True when a server of {@code major} can be started here: bundled, or in the local Maven repository. */
    public static boolean isAvailable(int major) {
        return EmbeddedBinaries.find(major).isPresent();
    }

    /** What to run so that {@link #isAvailable} becomes true for {@code major}. */
    public static String fetchHint(int major) {
        return EmbeddedBinaries.fetchHint(major);
    }

    /** The major that created the cluster in {@code dataDir}, if there is one. */
    static Optional<Integer> folderMajor(Path dataDir) {
        Path file = dataDir.resolve(VERSION_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String text = Files.readString(file, StandardCharsets.US_ASCII).strip();
            return text.matches("\\d{1,4}") ? Optional.of(Integer.parseInt(text)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Refuses a data folder created by another major than {@code major}, in one line that says what to do. */
    static void checkFolder(Path dataDir, int major) {
        Optional<Integer> created = folderMajor(dataDir);
        if (created.isPresent() && created.get() != major) {
            int folder = created.get();
            throw new DatabaseException(ExitCode.CONFIG, "the embedded database in " + dataDir + " was created by"
                    + " PostgreSQL " + folder + " and cannot be opened by PostgreSQL " + major + ", which the settings"
                    + " ask for; set database.url: embedded:" + folder + " to keep using it, or move the folder"
                    + " away (after `ws-migrate dump-db -f backup.sql` with embedded:" + folder + " if its data"
                    + " matters) and PostgreSQL " + major + " creates a new one", null);
        }
    }
}
