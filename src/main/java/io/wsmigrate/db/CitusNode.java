package io.wsmigrate.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What a fresh connection says about Citus. A database without the {@code citus} extension is left
 * exactly as it is. On a Citus worker, ws-migrate stops before anything else: DDL, the migration
 * lock and the version table belong on the coordinator, which sends DDL to the workers. On the
 * coordinator, the session hides Citus's shard tables ({@code orders_102008}) whatever
 * {@code citus.show_shards_for_app_name_prefixes} says for the database or role, so that
 * introspection never takes a shard (the coordinator holds the shards of reference tables) for a
 * table of the application.
 */
final class CitusNode {
    private static final String CITUS_EXTENSION = "SELECT 1 FROM pg_catalog.pg_extension WHERE extname = 'citus'";
    /** The node's group (0 on the coordinator) and, seen from a worker, where the coordinator is. */
    private static final String NODE = "SELECT g.groupid, (SELECT n.nodename OPERATOR(pg_catalog.||) ':'"
            + " OPERATOR(pg_catalog.||) n.nodeport::text FROM pg_catalog.pg_dist_node n"
            + " WHERE n.groupid OPERATOR(pg_catalog.=) 0 AND n.noderole OPERATOR(pg_catalog.=) 'primary' LIMIT 1)"
            + " FROM pg_catalog.pg_dist_local_group g";
    private static final String HIDE_SHARDS = "SET citus.show_shards_for_app_name_prefixes = '';"
            + " SET citus.override_table_visibility = on";

    private CitusNode() {
    }

    /**
     * Checks the node {@code connection} is on: throws {@link DatabaseException} on a Citus worker,
     * hides the shards on a coordinator, does nothing on plain PostgreSQL.
     */
    static void prepare(Connection connection, String displayUrl) throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet extension = s.executeQuery(CITUS_EXTENSION)) {
                if (!extension.next()) {
                    return;
                }
            }
            try (ResultSet node = s.executeQuery(NODE)) {
                if (node.next() && node.getInt(1) != 0) {
                    String coordinator = node.getString(2);
                    throw new DatabaseException(displayUrl + " is a Citus worker node (group " + node.getInt(1)
                            + "); ws-migrate runs against the coordinator only, which sends DDL to the workers:"
                            + " point database.url at the coordinator"
                            + (coordinator == null ? "" : " (" + coordinator + ")"), null);
                }
            }
            s.execute(HIDE_SHARDS);
        }
    }
}
