package io.wsmigrate.speed;

import io.wsmigrate.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * A database and its connection being opened on another thread while a command does its first
 * work (reading the scripts folder). Taken, it is the command's; abandoned (the command failed
 * first), it is closed as soon as it is open, without making the failing command wait for a slow
 * server, except an embedded one, which is waited for so that its server is always stopped.
 */
public final class OpeningConnection {
    private final Overlapped<Opened> work;
    private final boolean waitWhenAbandoned;
    /** False when the database was open before (the project closes it); the connection is always ours. */
    private final boolean ownsDatabase;

    /** A database and its connection, opened together. */
    public record Opened(Database database, Connection connection) {
    }

    private OpeningConnection(Database known, Supplier<Database> open, boolean embedded) {
        this.waitWhenAbandoned = embedded;
        this.ownsDatabase = known == null;
        this.work = Overlapped.start("ws-migrate-connect", () -> {
            Database database = known != null ? known : open.get();
            try {
                return new Opened(database, database.connect());
            } catch (RuntimeException e) {
                if (known == null) {
                    database.close();
                }
                throw e;
            }
        });
    }

    /** Opens {@code known}'s connection, or a database from {@code open} and its connection. */
    public static OpeningConnection start(Database known, Supplier<Database> open, boolean embedded) {
        return new OpeningConnection(known, open, embedded);
    }

    /** The database and connection, or the error opening them; waits until they are open. */
    public Opened take() {
        return work.join();
    }

    /** The command no longer needs it: closed now, or by the opening thread when it is open. */
    public void abandon() {
        if (waitWhenAbandoned) {
            work.awaitQuietly();
        }
        work.abandon(this::close);
    }

    private void close(Opened opened) {
        try {
            opened.connection().close();
        } catch (SQLException e) {
            // nobody used it: nothing to report
        } finally {
            if (ownsDatabase) {
                opened.database().close();
            }
        }
    }
}
