package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.LostConnection;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The connection to the database broke during a run: a failover, a restarted server, a network
 * cut, or an administrator's {@code pg_terminate_backend}. Nothing is wrong with the revisions, and
 * the server rolls back whatever transaction was open, so the database stays at a revision
 * boundary and the same command, run again, continues. Exit code 4, not 6: a deploy script may
 * retry it, where a failing revision needs a person.
 */
public final class ConnectionLostException extends DatabaseException {
    ConnectionLostException(String message, Throwable cause) {
        super(ExitCode.DATABASE, message, cause);
    }

    /** {@code failure} as a lost connection if the connection broke, else {@code failure} itself. */
    static RuntimeException translate(RuntimeException failure, Connection connection) {
        if (failure instanceof ConnectionLostException || !isLost(failure, connection)) {
            return failure;
        }
        return new ConnectionLostException("the connection to the database was lost: " + cause(failure)
                + "; committed revisions stay applied (`ws-migrate current` shows them); rerun the same command"
                + " to continue", failure);
    }

    /** Like {@link #translate}, for a failure while {@code step} ran. */
    static RuntimeException translate(RuntimeException failure, Connection connection, CompiledStep step) {
        if (failure instanceof ConnectionLostException || !isLost(failure, connection)) {
            return failure;
        }
        String outcome = step.transactional()
                ? "; the server rolls back a revision it had not committed, so the database is at the last"
                        + " committed one (`ws-migrate current` shows it); rerun the same command to continue"
                : "; revision " + step.revisionId() + " is non-transactional: its statements that finished stay"
                        + " applied; check them, then rerun the same command to continue";
        return new ConnectionLostException("the connection to the database was lost while running revision "
                + step.revisionId() + " (" + step.source() + "): " + cause(failure) + outcome, failure);
    }

    /** Whether {@code failure} says the connection is gone, or the connection is closed (or cannot say). */
    static boolean isLost(Throwable failure, Connection connection) {
        if (LostConnection.isLost(failure)) {
            return true;
        }
        try {
            return connection.isClosed();
        } catch (SQLException e) {
            return true;
        }
    }

    private static String cause(Throwable failure) {
        return LostConnection.cause(failure);
    }
}
