package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server started from the classpath for one ws-migrate run, its data kept in a
 * folder of the project so it persists between runs. A file lock next to the data folder makes
 * concurrent runs on the same folder take turns; a server left behind by a killed run is stopped
 * before a new one starts. Its major version is chosen by {@link EmbeddedVersion}; the programs
 * come from {@link EmbeddedBinaries}.
 */
final class EmbeddedServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedServer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(15);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts PostgreSQL {@code major} on {@code dataDir}, which it creates, or which that major created. */
    static EmbeddedServer start(Path dataDir, int major, Duration waitForOtherRun) {
        // Refused before anything is created: no lock file, no data folder.
        EmbeddedVersion.checkFolder(dataDir, major);
        EmbeddedBinaries binaries = EmbeddedBinaries.of(major);
        FileChannel channel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(dataDir.getParent());
            channel = FileChannel.open(dataDir.resolveSibling(dataDir.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            lock = acquire(channel, dataDir, waitForOtherRun);
            stopLeftoverServer(dataDir);
            LOG.debug("starting embedded PostgreSQL {} in {}", major, dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setPgBinaryResolver(binaries.resolver())
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(true)
                    .start();
            return new EmbeddedServer(postgres, channel, lock);
        } catch (IOException | RuntimeException e) {
            closeQuietly(lock, channel);
            if (e instanceof DatabaseException de) {
                throw de;
            }
            throw new DatabaseException("cannot start the embedded PostgreSQL in " + dataDir + ": " + e.getMessage()
                    + "; check the folder is writable, or set database.url to a server", e);
        }
    }

    private static FileLock acquire(FileChannel channel, Path dataDir, Duration wait) throws IOException {
        Instant deadline = Instant.now().plus(wait);
        while (true) {
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return lock;
                }
            } catch (OverlappingFileLockException e) {
                // held by this JVM: wait as for another process
            }
            if (Instant.now().isAfter(deadline)) {
                throw new DatabaseException(ExitCode.LOCK, "the embedded database in " + dataDir
                        + " is in use by another ws-migrate run; wait for it to finish and try again", null);
            }
            sleep(100);
        }
    }

    /** A run killed with SIGKILL leaves its postgres running; we hold the lock, so nobody uses it. */
    private static void stopLeftoverServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> leftover = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive);
        if (leftover.isPresent()) {
            LOG.info("stopping the embedded PostgreSQL (pid {}) left running by an earlier run", leftover.get().pid());
            leftover.get().destroy();
            try {
                leftover.get().onExit().get(STOP_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                leftover.get().destroyForcibly();
            }
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            LOG.warn("could not stop the embedded PostgreSQL cleanly: {}", e.getMessage());
        } finally {
            closeQuietly(lock, lockChannel);
        }
    }

    private static void closeQuietly(FileLock lock, FileChannel channel) {
        try {
            if (lock != null) {
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // releasing a lock file on exit; the OS releases it anyway
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("interrupted while waiting for the embedded database", e);
        }
    }
}
