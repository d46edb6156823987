package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.db.AdvisoryLock;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A package's version table: one row per applied revision, the heads flagged, each with the
 * checksum its file had when applied. Alembic keeps only the heads; keeping every applied revision
 * is what lets us notice an applied revision whose file was edited afterwards.
 */
public record VersionTable(QualifiedName name, String owner, boolean createsSchema) {
    /** How the table's comment names the package it belongs to. */
    private static final String OWNER_MARK = "ws-migrate version table of package ";

    /**
     * The comment of the table whose oid {@code oid} gives, as {@code obj_description(oid, 'pg_class')}
     * reads it: that function's body is a query the server parses and plans at every call (0.18 ms
     * against 0.01 ms for this subquery, measured on a fleet's probes).
     */
    static String commentSql(String oid) {
        return "(SELECT d.description FROM pg_catalog.pg_description d WHERE d.objoid OPERATOR(pg_catalog.=) " + oid
                + " AND d.classoid OPERATOR(pg_catalog.=) 'pg_catalog.pg_class'::pg_catalog.regclass"
                + " AND d.objsubid OPERATOR(pg_catalog.=) 0)";
    }

    /** A table whose owner is not checked (another database's, or a test's). */
    public VersionTable(QualifiedName name) {
        this(name, null);
    }

    public VersionTable(QualifiedName name, String owner) {
        this(name, owner, false);
    }

    /**
     * This table, in a schema that may not exist yet (a tenant's, listed before it was made): the
     * schema is created with the table, in the same transaction (the first revision's), so a
     * tenant whose first revision fails is left without an empty schema.
     */
    public VersionTable creatingSchema() {
        return new VersionTable(name, owner, true);
    }

    public static VersionTable named(String table) {
        return new VersionTable(QualifiedName.parse(table));
    }

    /** The version table of package {@code owner}: refused when its comment names another package. */
    public static VersionTable named(String table, String owner) {
        return new VersionTable(QualifiedName.parse(table), owner);
    }

    /**
     * Whether a table with these columns is a ws-migrate version table (of any package, marked or
     * not): what other packages' comparisons leave alone without listing it.
     */
    public static boolean hasColumnsOfOne(java.util.Collection<String> columns) {
        return columns.containsAll(List.of("version_num", "is_head", "checksum", "applied_at", "execution_ms",
                "stamped"));
    }

    public String createSql() {
        return "CREATE TABLE IF NOT EXISTS " + name.sql() + " (version_num varchar(64) NOT NULL PRIMARY KEY,"
                + " is_head boolean NOT NULL, checksum char(64),"
                + " applied_at timestamptz NOT NULL DEFAULT pg_catalog.now(),"
                + " execution_ms bigint, stamped boolean NOT NULL DEFAULT false)";
    }

    /**
     * The table and, when its package is known, the comment that says whose it is; first its schema,
     * when it {@link #creatingSchema creates} one.
     */
    public List<String> createStatements() {
        List<String> statements = new ArrayList<>(3);
        if (createsSchema && !name.isDefaultSchema()) {
            statements.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.alwaysQuote(name.schema()));
        }
        statements.add(createSql());
        if (owner != null) {
            statements.add(ownerComment());
        }
        return statements;
    }

    private String ownerComment() {
        return "COMMENT ON TABLE " + name.sql() + " IS " + Identifiers.literal(OWNER_MARK + owner);
    }

    public boolean exists(Connection connection) {
        return probe(connection).exists();
    }

    /**
     * Marks an existing table written before tables carried their package, so that another package
     * whose table name collides with it (com.example.shop and com.example_shop, or names equal
     * after 63 bytes) is refused from now on. Quietly leaves the mark out when the user may not
     * comment on the table.
     */
    private void markOwner(Connection connection) {
        try (Statement s = connection.createStatement()) {
            s.execute(ownerComment());
        } catch (SQLException e) {
            // not the table's owner: the check works from the next table created by its owner on
        }
    }

    private record Probe(boolean exists, String comment) {
    }

    private Probe probe(Connection connection) {
        try (var ps = connection.prepareStatement("SELECT r.oid IS NOT NULL, " + commentSql("r.oid")
                + " FROM (SELECT pg_catalog.to_regclass(?) AS oid) r")) {
            ps.setString(1, name.sql());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Probe probe = new Probe(rs.getBoolean(1), rs.getString(2));
                requireOwn(probe.comment());
                return probe;
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for the version table " + name, e);
        }
    }

    void requireOwn(String comment) {
        if (owner == null || comment == null || !comment.startsWith(OWNER_MARK) || comment.equals(OWNER_MARK + owner)) {
            return;
        }
        String other = comment.substring(OWNER_MARK.length());
        throw new WsMigrateException(ExitCode.CONFIG, "the version table " + name + " belongs to package " + other
                + ", not " + owner + ": the two packages' version tables have the same name; set"
                + " migrations.version_table to a table of " + owner + "'s own (such as " + suggestion()
                + "); nothing was changed");
    }

    /** A distinct name for the colliding package: a short hash of the package name, within 63 bytes. */
    private String suggestion() {
        String hash = Integer.toHexString(owner.hashCode() & 0xfffffff);
        String base = name.name().length() > 54 ? name.name().substring(0, 54) : name.name();
        return base + "_" + hash;
    }

    /** Creates the table if needed, in its own committed transaction. */
    public void ensureExists(Connection connection) {
        if (exists(connection)) {
            return;
        }
        try (Statement s = connection.createStatement()) {
            for (String statement : createStatements()) {
                s.execute(statement);
            }
        } catch (SQLException e) {
            throw DatabaseException.of("cannot create the version table " + name, e);
        }
    }

    /**
     * What a run reads once it holds the lock: whether the table exists, its rows, and whether a
     * {@link Progress} table is beside it.
     */
    public record Opened(boolean exists, VersionState state, boolean progressTableExists) {
    }

    /**
     * Reads the table for a run, in two round trips (one while the table does not exist) instead
     * of one per question, as a fleet asks them of every target. Refuses a table another package
     * has marked as its own, and marks an unmarked one (see {@link #markOwner}).
     */
    public Opened open(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(probeSql())) {
            return opened(connection, rs, () -> readRows(connection));
        } catch (SQLException e) {
            throw DatabaseException.of("cannot look for the version table " + name, e);
        }
    }

    /**
     * {@link #open}'s questions, to be sent in the round trip that takes the migration lock. With
     * {@code rowsToo} (the caller knows the table exists: a fleet asked for all its tenants at once)
     * the rows are read there too, and the run reads nothing after the lock; were the table gone
     * after all, that round trip fails and the lock's attempts start again without the questions.
     */
    public AdvisoryLock.FirstRead<Opened> opening(Connection connection, boolean rowsToo) {
        return new AdvisoryLock.FirstRead<>() {
            @Override
            public List<String> statements() {
                return rowsToo ? List.of(probeSql(), rowsSql()) : List.of(probeSql());
            }

            @Override
            public Opened read(AdvisoryLock.Results results) throws SQLException {
                try (ResultSet probe = results.next()) {
                    return opened(connection, probe, rowsToo ? () -> {
                        try (ResultSet rows = results.next()) { // the next result closes the probe's
                            return rows(rows);
                        }
                    } : () -> readRows(connection));
                }
            }
        };
    }

    /** Where an existing version table's rows come from: a query of their own, or a result already sent. */
    private interface RowSource {
        VersionState read() throws SQLException;
    }

    /** Whether the table exists, its comment, whether a {@link Progress} table is beside it: never fails. */
    private String probeSql() {
        return "SELECT r.oid IS NOT NULL, " + commentSql("r.oid") + ", pg_catalog.to_regclass("
                + Identifiers.literal(new QualifiedName(name.schema(), Progress.TABLE).sql()) + ") IS NOT NULL"
                + " FROM (SELECT pg_catalog.to_regclass(" + Identifiers.literal(name.sql()) + ") AS oid) r";
    }

    private Opened opened(Connection connection, ResultSet probe, RowSource rows) throws SQLException {
        probe.next();
        boolean exists = probe.getBoolean(1);
        String comment = probe.getString(2);
        boolean progressTable = probe.getBoolean(3);
        requireOwn(comment);
        if (!exists) {
            return new Opened(false, VersionState.EMPTY, progressTable);
        }
        VersionState state = rows.read();
        if (owner != null && comment == null) {
            markOwner(connection);
        }
        return new Opened(true, state, progressTable);
    }

    /** The rows, or the empty state when the table does not exist yet. */
    public VersionState read(Connection connection) {
        if (!exists(connection)) {
            return VersionState.EMPTY;
        }
        return readRows(connection);
    }

    private VersionState readRows(Connection connection) {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(rowsSql())) {
            return rows(rs);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the version table " + name
                    + " (is it a table of another tool? set migrations.version_table)", e);
        }
    }

    private String rowsSql() {
        return "SELECT version_num, is_head, checksum, applied_at, execution_ms, stamped FROM " + name.sql()
                + " ORDER BY applied_at, version_num";
    }

    private static VersionState rows(ResultSet rs) throws SQLException {
        List<AppliedRevision> rows = new ArrayList<>();
        while (rs.next()) {
            rows.add(new AppliedRevision(rs.getString(1), rs.getBoolean(2), trim(rs.getString(3)),
                    rs.getObject(4, OffsetDateTime.class), rs.getObject(5, Long.class), rs.getBoolean(6)));
        }
        return new VersionState(rows);
    }

    private static String trim(String checksum) {
        return checksum == null ? null : checksum.trim();
    }
}
