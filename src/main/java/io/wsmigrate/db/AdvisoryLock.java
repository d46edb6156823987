package io.wsmigrate.db;

import io.wsmigrate.ExitCode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The session-level PostgreSQL advisory lock that serializes migration runs of one version table.
 * Session level, so it survives the per-revision commits and non-transactional statements such
 * as {@code CREATE INDEX CONCURRENTLY} run on the same connection without deadlocking; the server
 * releases it when the session ends, so a crashed run leaves no lock behind.
 */
public final class AdvisoryLock implements AutoCloseable {
    /** First key of the two-int form: "wsmg", so our locks are recognisable in pg_locks. */
    static final int NAMESPACE = 0x77736d67;
    private static final long POLL_MILLIS = 50;
    private static final String SEPARATOR = "\n;\n";

    private final Connection connection;
    private final int key;
    private boolean released;

    private AdvisoryLock(Connection connection, int key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Queries sent right after the lock's first attempt, in its round trip, and how their results
     * are read: what a run asks first once it holds the lock costs no round trip of its own. The
     * results are read only when that attempt took the lock (the queries ran after it); otherwise
     * the caller asks again once it holds the lock. The queries take no parameters.
     */
    public interface FirstRead<T> {
        List<String> statements();

        /** Reads the statements' results, one {@link Results#next} each, in order. */
        T read(Results results) throws SQLException;
    }

    /** The results of a {@link FirstRead}'s statements, one after another. */
    public interface Results {
        ResultSet next() throws SQLException;
    }

    /** The lock, and what its {@link FirstRead} read: null when the first attempt did not take it. */
    public record Held<T>(AdvisoryLock lock, T firstRead) {
    }

    private static final FirstRead<Void> NOTHING = new FirstRead<>() {
        @Override
        public List<String> statements() {
            return List.of();
        }

        @Override
        public Void read(Results results) {
            return null;
        }
    };

    /**
     * Where the server finds the table {@code tableSql} names, or would create it (the first schema
     * of the search path): {@code name} in {@code public}, else {@code schema.name}, the same text
     * the lock was keyed by when a run named its table that way.
     */
    static String resolve(Connection connection, String tableSql) throws SQLException {
        return resolve(connection, tableSql, List.of());
    }

    /** The same, after the statements {@code setup}, in the same round trip. */
    private static String resolve(Connection connection, String tableSql, List<String> setup) throws SQLException {
        String sql = "SELECT coalesce(n.nspname, CASE WHEN pg_catalog.cardinality(r.p) OPERATOR(pg_catalog.>) 1"
                + " THEN r.p[pg_catalog.cardinality(r.p) OPERATOR(pg_catalog.-) 1]"
                + " ELSE pg_catalog.current_schema() END),"
                + " coalesce(c.relname, r.p[pg_catalog.cardinality(r.p)])"
                + " FROM (SELECT pg_catalog.parse_ident(?) AS p, pg_catalog.to_regclass(?) AS oid) r"
                + " LEFT JOIN pg_catalog.pg_class c ON c.oid OPERATOR(pg_catalog.=) r.oid"
                + " LEFT JOIN pg_catalog.pg_namespace n ON n.oid OPERATOR(pg_catalog.=) c.relnamespace";
        try (PreparedStatement ps = connection.prepareStatement(after(setup, sql))) {
            ps.setString(1, tableSql);
            ps.setString(2, tableSql);
            try (ResultSet rs = lastResult(ps, setup.size())) {
                rs.next();
                String schema = rs.getString(1);
                String name = rs.getString(2);
                return schema == null || schema.equals("public") ? name : schema + "." + name;
            }
        }
    }

    /** The second lock key for a resolved version table name: stable across runs and machines. */
    public static int keyFor(String versionTable) {
        CRC32 crc = new CRC32();
        crc.update(versionTable.getBytes(StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    /** Waits up to {@code timeout} for the lock of {@code versionTable}, a plain name or {@code schema.name}. */
    public static AdvisoryLock acquire(Connection connection, String versionTable, Duration timeout) {
        return acquire(connection, versionTable, versionTable, timeout);
    }

    /**
     * Waits up to {@code timeout} for the lock of the table {@code tableSql} names (SQL text, quoted
     * where needed), keyed by the table the server resolves it to, not by the text: {@code vt} under
     * {@code search_path = app} and {@code app.vt} are one table and take one lock.
     * {@code versionTable} names it in messages.
     */
    public static AdvisoryLock acquire(Connection connection, String versionTable, String tableSql,
                                       Duration timeout) {
        return acquire(connection, versionTable, tableSql, timeout, List.of());
    }

    /**
     * The same, sending {@code setup} (session settings such as {@code SET search_path}) in the
     * round trip that resolves the table, before it: the name resolves under those settings.
     */
    public static AdvisoryLock acquire(Connection connection, String versionTable, String tableSql,
                                       Duration timeout, List<String> setup) {
        return acquire(connection, versionTable, tableSql, timeout, setup, NOTHING).lock();
    }

    /** The same, sending {@code firstRead}'s queries with the first attempt (see {@link FirstRead}). */
    public static <T> Held<T> acquire(Connection connection, String versionTable, String tableSql, Duration timeout,
                                      List<String> setup, FirstRead<T> firstRead) {
        try {
            return acquireKey(connection, versionTable, keyFor(resolve(connection, tableSql, setup)), timeout,
                    List.of(), firstRead);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot take the migration lock of " + versionTable, e);
        }
    }

    /**
     * The same for a table named with its schema (the names unquoted): the text {@link #resolve}
     * would return is known without asking the server, which saves a fleet of a thousand tenant
     * schemas a thousand round trips.
     */
    public static AdvisoryLock acquireQualified(Connection connection, String schema, String name, Duration timeout) {
        return acquireQualified(connection, schema, name, timeout, List.of());
    }

    /**
     * The same, sending {@code setup} (session settings such as {@code SET search_path}) in the
     * round trip of the first attempt, before it: a fleet of a thousand targets saves a thousand.
     */
    public static AdvisoryLock acquireQualified(Connection connection, String schema, String name, Duration timeout,
                                                List<String> setup) {
        return acquireQualified(connection, schema, name, timeout, setup, NOTHING).lock();
    }

    /** The same, sending {@code firstRead}'s queries with the first attempt (see {@link FirstRead}). */
    public static <T> Held<T> acquireQualified(Connection connection, String schema, String name, Duration timeout,
                                               List<String> setup, FirstRead<T> firstRead) {
        String resolved = schema.equals("public") ? name : schema + "." + name;
        return acquireKey(connection, resolved, keyFor(resolved), timeout, setup, firstRead);
    }

    private static <T> Held<T> acquireKey(Connection connection, String versionTable, int key, Duration timeout,
                                          List<String> setup, FirstRead<T> firstRead) {
        try {
            return acquireKey(connection, versionTable, key, timeout, setup, firstRead, deadline(timeout));
        } catch (SQLException e) {
            if (firstRead.statements().isEmpty()) {
                throw DatabaseException.of("cannot take the migration lock of " + versionTable, e);
            }
            // the first attempt's round trip failed as a whole: the lock it may have taken is let go,
            // and the attempts start again without the queries, which the caller then asks itself
            new AdvisoryLock(connection, key).close();
            return new Held<>(acquireKey(connection, versionTable, key, timeout, setup, NOTHING).lock(), null);
        }
    }

    private static <T> Held<T> acquireKey(Connection connection, String versionTable, int key, Duration timeout,
                                          List<String> setup, FirstRead<T> firstRead, Instant deadline)
            throws SQLException {
        String tryLock = "SELECT pg_catalog.pg_try_advisory_lock(?, ?)";
        List<String> queries = firstRead.statements();
        List<String> firstRound = new ArrayList<>(setup);
        firstRound.add(tryLock);
        firstRound.addAll(queries);
        try (PreparedStatement first = connection.prepareStatement(String.join(SEPARATOR, firstRound));
             PreparedStatement again = connection.prepareStatement(tryLock)) {
            PreparedStatement ps = first;
            while (true) {
                ps.setInt(1, NAMESPACE);
                ps.setInt(2, key);
                if (lastResultTrue(ps, ps == first ? setup.size() : 0)) {
                    AdvisoryLock lock = new AdvisoryLock(connection, key);
                    return new Held<>(lock, ps == first ? readFirst(ps, firstRead, lock) : null);
                }
                ps = again;
                if (Instant.now().isAfter(deadline)) {
                    String holder = describeHolders(connection, key);
                    throw new DatabaseException(ExitCode.LOCK, "another ws-migrate run holds the migration lock of "
                            + versionTable + (holder.isEmpty() ? "" : " " + holder) + "; waited " + describe(timeout)
                            + "; wait for it to finish, raise --lock-timeout, or see `ws-migrate lock`", null);
                }
                Interruption.throwIfReceived("while waiting for the migration lock; nothing was changed");
                Thread.sleep(POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException(ExitCode.LOCK, "interrupted while waiting for the migration lock", e);
        }
    }

    /**
     * The first read's results, which follow the lock's in {@code ps}; a failure to read them lets
     * the lock go, as nobody will hold it.
     */
    private static <T> T readFirst(PreparedStatement ps, FirstRead<T> firstRead, AdvisoryLock lock)
            throws SQLException {
        if (firstRead.statements().isEmpty()) {
            return null;
        }
        try {
            return firstRead.read(() -> {
                ps.getMoreResults();
                return ps.getResultSet();
            });
        } catch (SQLException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** Whole seconds, or milliseconds below one: a 300 ms wait must not read "waited 0 s". */
    private static String describe(Duration wait) {
        return wait.toMillis() < 1000 ? wait.toMillis() + " ms" : wait.toSeconds() + " s";
    }

    /** Now plus {@code timeout}, or the end of time for a wait too long for the calendar ("wait forever"). */
    private static Instant deadline(Duration timeout) {
        Instant now = Instant.now();
        // compared in seconds: Duration.between(now, Instant.MAX) overflows its nanoseconds and throws
        // (and catches) an exception inside the JDK, once per target of a fleet
        return timeout.getSeconds() >= Instant.MAX.getEpochSecond() - now.getEpochSecond() ? Instant.MAX
                : now.plus(timeout);
    }

    /**
     * Who holds the lock of a version table right now (empty when nobody does); {@code tableSql} is
     * its name as SQL text, resolved as {@link #acquire} resolves it.
     */
    public static List<LockHolder> holders(Connection connection, String tableSql) {
        String versionTable = tableSql;
        try {
            return queryHolders(connection, keyFor(resolve(connection, tableSql)));
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the lock status of " + versionTable, e);
        }
    }

    private static String describeHolders(Connection connection, int key) throws SQLException {
        List<LockHolder> holders = queryHolders(connection, key);
        return holders.isEmpty() ? "" : "(" + holders.get(0).describe() + ")";
    }

    private static List<LockHolder> queryHolders(Connection connection, int key) throws SQLException {
        String sql = "SELECT a.pid, a.application_name, a.usename, pg_catalog.host(a.client_addr), a.backend_start,"
                + " a.state, pg_catalog.now() OPERATOR(pg_catalog.-) a.query_start"
                + " FROM pg_catalog.pg_locks l JOIN pg_catalog.pg_stat_activity a ON a.pid OPERATOR(pg_catalog.=) l.pid"
                + " WHERE l.locktype OPERATOR(pg_catalog.=) 'advisory' AND l.granted"
                + " AND l.classid OPERATOR(pg_catalog.=) ?::oid AND l.objid OPERATOR(pg_catalog.=) ?::oid"
                + " AND l.objsubid OPERATOR(pg_catalog.=) 2"
                // advisory locks belong to one database: the same key in another database is another lock
                + " AND l.database OPERATOR(pg_catalog.=) (SELECT oid FROM pg_catalog.pg_database"
                + " WHERE datname OPERATOR(pg_catalog.=) pg_catalog.current_database())";
        List<LockHolder> result = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setLong(1, Integer.toUnsignedLong(NAMESPACE));
            ps.setLong(2, Integer.toUnsignedLong(key));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    result.add(new LockHolder(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, java.time.OffsetDateTime.class), rs.getString(6), rs.getString(7)));
                }
            }
        }
        return result;
    }

    @Override
    public void close() {
        close(List.of());
    }

    /**
     * Releases the lock and then, in the same round trip, runs {@code cleanup} (resetting the
     * run's session settings): the unlock goes first, so a cleanup that fails never keeps the lock.
     * Quiet, as {@link #close()}.
     */
    public void close(List<String> cleanup) {
        if (released) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            s.execute(String.join(SEPARATOR, releasing(cleanup)));
        } catch (SQLException e) {
            // the session is gone or broken: the server has released the lock with it
        }
    }

    /**
     * What {@link #close(List)} sends, for a caller to send with its own last statements (a run's
     * last COMMIT), saving the unlock's round trip; once they ran, {@link #released()} says so.
     */
    public List<String> releasing(List<String> cleanup) {
        List<String> statements = new ArrayList<>();
        statements.add("SELECT pg_catalog.pg_advisory_unlock(" + NAMESPACE + ", " + key + ")");
        statements.addAll(cleanup);
        return statements;
    }

    /** The statements of {@link #releasing} ran: {@link #close} has nothing left to do. */
    public void released() {
        released = true;
    }

    /**
     * {@code statement} preceded by {@code setup}, as one text the driver sends in one round trip
     * (each separator on a line of its own, so a trailing {@code --} comment cannot swallow it).
     */
    private static String after(List<String> setup, String statement) {
        List<String> all = new ArrayList<>(setup);
        all.add(statement);
        return String.join(SEPARATOR, all);
    }

    /** Executes {@code ps} and returns its last result, which follows {@code skipped} others. */
    private static ResultSet lastResult(PreparedStatement ps, int skipped) throws SQLException {
        ps.execute();
        for (int i = 0; i < skipped; i++) {
            ps.getMoreResults();
        }
        return ps.getResultSet();
    }

    private static boolean lastResultTrue(PreparedStatement ps, int skipped) throws SQLException {
        try (ResultSet rs = lastResult(ps, skipped)) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /** A session holding the lock, from pg_stat_activity. */
    public record LockHolder(int pid, String application, String user, String clientAddress,
                             java.time.OffsetDateTime backendStart, String state, String runningFor) {
        public String describe() {
            return "held by pid " + pid + " (" + (application == null || application.isEmpty() ? "?" : application)
                    + ", user " + user + (clientAddress == null ? "" : ", from " + clientAddress) + ")";
        }
    }
}
