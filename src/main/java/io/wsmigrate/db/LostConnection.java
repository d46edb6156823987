package io.wsmigrate.db;

import java.sql.SQLException;
import java.util.Set;

/**
 * Whether a failure means the session is gone (a failover, a restarted server, a network cut, an
 * administrator's {@code pg_terminate_backend}), and the server's or driver's own words for it.
 * One place for the test, so that a connection lost while connecting and one lost mid-run are
 * reported the same way: "the connection to the database was lost ...; rerun".
 */
public final class LostConnection {
    /** Admin shutdown, crash shutdown, cannot connect now: the session is gone. */
    private static final Set<String> SESSION_ENDED = Set.of("57P01", "57P02", "57P03");

    private LostConnection() {
    }

    /** Whether {@code failure} or one of its causes says the connection broke. */
    public static boolean isLost(Throwable failure) {
        return lostState(failure) != null;
    }

    /** The driver's or server's own words, e.g. "terminating connection due to administrator command". */
    public static String cause(Throwable failure) {
        SQLException lost = lostState(failure);
        if (lost != null) {
            return DatabaseException.describe(lost);
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return DatabaseException.describe(sql);
            }
        }
        return String.valueOf(failure.getMessage());
    }

    /** The failure when the connection broke before any revision ran: nothing changed, run it again. */
    static DatabaseException whileConnecting(SQLException failure) {
        return new DatabaseException("the connection to the database was lost: " + cause(failure)
                + "; it broke while connecting, before anything ran; rerun the same command", failure);
    }

    private static SQLException lostState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || SESSION_ENDED.contains(sql.getSQLState()))) {
                return sql;
            }
        }
        return null;
    }
}
