package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.TimeUnit;
import org.postgresql.PGConnection;
import sun.misc.Signal;

/**
 * What Ctrl-C (SIGINT) and SIGTERM do to a run. The JVM's default is to exit at once, which leaves
 * the statement running on the server, holding its locks until it ends by itself. Instead, as psql
 * does, the running statement of every open connection is cancelled (PostgreSQL's cancel request),
 * so the command fails where it stands, its transaction is rolled back, and it reports what was
 * applied before exiting with {@link ExitCode#INTERRUPTED} (130) or {@link ExitCode#TERMINATED}
 * (143). Cancelling repeats until the command acknowledges it, since a cancel that arrives between
 * two statements does nothing. A client program in the foreground (psql, pg_dump) gets SIGINT on
 * SIGTERM, so that it cancels its own query, then SIGTERM if it does not end; Ctrl-C reaches it
 * from the terminal. With no connection open there is
 * nothing to clean up in the database: the JVM exits with the code straight away (its shutdown
 * hooks delete temporary files). A second signal, or a command that does not end within
 * {@link #GRACE_SECONDS}, exits at once after a last cancel.
 */
public final class Interruption {
    static final long GRACE_SECONDS = 30;
    private static final long RECANCEL_MILLIS = 200;
    private static final long CHILD_WAIT_SECONDS = 5;
    private static final Set<Connection> OPEN = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private static volatile Kind received;
    private static volatile boolean acknowledged;
    /** Held while a cancel request is on its way, so that {@link #acknowledge} waits for it to land. */
    private static final Object CANCELLING = new Object();
    private static volatile Process child;

    /** A signal, with its name for messages and its exit code. */
    public enum Kind {
        SIGINT("Ctrl-C (SIGINT)", ExitCode.INTERRUPTED), SIGTERM("SIGTERM", ExitCode.TERMINATED);

        private final String description;
        private final ExitCode exitCode;

        Kind(String description, ExitCode exitCode) {
            this.description = description;
            this.exitCode = exitCode;
        }

        public String description() {
            return description;
        }

        public ExitCode exitCode() {
            return exitCode;
        }
    }

    private Interruption() {
    }

    /** Takes over SIGINT and SIGTERM for this process: the command line does, tests in one JVM do not. */
    public static void install() {
        for (Kind kind : Kind.values()) {
            try {
                Signal.handle(new Signal(kind.name().substring(3)), signal -> received(kind));
            } catch (IllegalArgumentException e) {
                // the signal is ignored (started in the background with nohup) or reserved (-Xrs): leave it
            }
        }
    }

    /** A connection whose running statement a signal cancels. */
    static void track(Connection connection) {
        OPEN.add(connection);
    }

    /** The foreground client program a SIGTERM stops; null when it has ended. */
    public static void child(Process process) {
        child = process;
    }

    /** The signal received, if any. */
    public static Optional<Kind> received() {
        return Optional.ofNullable(received);
    }

    /**
     * The command has seen the interruption and is on its way out: stop cancelling its cleanup.
     * Waits for a cancel request already on its way: it then reaches a session that is between
     * statements, where the server ignores it, not the COMMIT or unlock the cleanup sends next.
     */
    public static void acknowledge() {
        synchronized (CANCELLING) {
            acknowledged = true;
        }
    }

    /** Fails with the signal's exit code once one was received; for places between statements. */
    public static void throwIfReceived(String where) {
        Kind kind = received;
        if (kind != null) {
            acknowledge();
            throw new WsMigrateException(kind.exitCode(), "stopped by " + kind.description() + " " + where);
        }
    }

    private static void received(Kind kind) {
        Kind first;
        synchronized (Interruption.class) {
            first = received;
            if (first == null) {
                received = kind;
            }
        }
        if (first != null) {
            cancelAll();
            Runtime.getRuntime().halt(first.exitCode().code()); // the second signal: now
        }
        Process running = child;
        if (running != null) {
            if (kind == Kind.SIGTERM) {
                Thread stopper = new Thread(() -> stop(running), "ws-migrate-stop-child");
                stopper.setDaemon(true);
                stopper.start(); // the command waiting for the child reports it and cleans up after it
            }
        } else if (openConnections().isEmpty()) {
            Runtime.getRuntime().exit(kind.exitCode().code());
        } else {
            Thread canceller = new Thread(() -> keepCancelling(kind), "ws-migrate-cancel");
            canceller.setDaemon(true);
            canceller.start();
        }
    }

    /**
     * SIGINT first, which psql and pg_dump answer by cancelling their running query on the server
     * (SIGTERM would leave psql's query running there); SIGTERM, then SIGKILL if it does not end.
     */
    private static void stop(Process running) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(running.pid())).start().waitFor(CHILD_WAIT_SECONDS,
                    TimeUnit.SECONDS);
            if (!running.waitFor(CHILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                running.destroy();
                if (!running.waitFor(CHILD_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    running.destroyForcibly();
                }
            }
        } catch (java.io.IOException e) {
            running.destroy(); // no kill program: SIGTERM straight away
        } catch (InterruptedException e) {
            running.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static void keepCancelling(Kind kind) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GRACE_SECONDS);
        while (System.nanoTime() < deadline) {
            synchronized (CANCELLING) {
                if (acknowledged) {
                    return;
                }
                cancelAll(); // the server has its cancel requests once this returns
            }
            try {
                Thread.sleep(RECANCEL_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
        }
        if (!acknowledged) {
            cancelAll();
            Runtime.getRuntime().halt(kind.exitCode().code());
        }
    }

    private static void cancelAll() {
        for (Connection connection : openConnections()) {
            try {
                connection.unwrap(PGConnection.class).cancelQuery();
            } catch (SQLException | RuntimeException e) {
                // closed meanwhile, or the server is gone: nothing runs there then
            }
        }
    }

    private static List<Connection> openConnections() {
        List<Connection> open = new ArrayList<>();
        synchronized (OPEN) {
            for (Connection connection : OPEN) {
                try {
                    if (!connection.isClosed()) {
                        open.add(connection);
                    }
                } catch (SQLException e) {
                    // treated as closed
                }
            }
        }
        return open;
    }
}
