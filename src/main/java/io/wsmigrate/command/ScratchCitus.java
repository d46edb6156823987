package io.wsmigrate.command;

import io.wsmigrate.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Citus's placement functions in the scratch database, which is plain PostgreSQL: the revisions of
 * a Citus project call {@code create_distributed_table} and its kin, and the replay must run them
 * to reach head. Each function keeps what Citus would record in a {@code pg_dist_partition} of the
 * scratch database's own (table, method, column, colocation group), so the replayed schema carries
 * the placements the scripts give and is read like a coordinator's. Nothing is sharded: the tables
 * stay local, which is all the schema comparison looks at. Colocation follows Citus's rules:
 * {@code none} is a group of its own, a table name is that table's group, the default is the oldest
 * group of the column's type and shard count, and {@code alter_distributed_table} without
 * {@code colocate_with} keeps the table's group unless its column's type or shard count changes.
 * Citus functions that are not about placement
 * ({@code run_command_on_workers}, node management) are not here: a revision calling one cannot
 * replay, and the error says why ({@link #hint}).
 */
final class ScratchCitus {
    /** Every Citus function defined here: the replay's error names them as the ones it knows. */
    static final String FUNCTIONS = "create_distributed_table, create_distributed_table_concurrently,"
            + " create_reference_table, undistribute_table, alter_distributed_table,"
            + " update_distributed_table_colocation, mark_tables_colocated, citus_add_local_table_to_metadata,"
            + " truncate_local_data_after_distributing_table";

    private static final String SQL = """
            SET allow_system_table_mods = on;
            CREATE TABLE pg_catalog.pg_dist_partition (logicalrelid regclass PRIMARY KEY, partmethod "char" NOT NULL,
                partkey text, colocationid int NOT NULL, repmodel "char" NOT NULL, shardcount int);
            RESET allow_system_table_mods;
            CREATE FUNCTION pg_catalog.column_to_column_name(regclass, text) RETURNS text
                LANGUAGE sql AS 'SELECT $2';
            CREATE FUNCTION pg_catalog.ws_scratch_type(table_name regclass, column_name text) RETURNS oid
                LANGUAGE sql AS 'SELECT atttypid FROM pg_catalog.pg_attribute WHERE attrelid = $1 AND attname = $2';
            CREATE FUNCTION pg_catalog.ws_scratch_group(table_name regclass, column_name text, colocate_with text,
                shard_count int) RETURNS int LANGUAGE plpgsql AS $f$
            DECLARE found int;
            BEGIN
                IF lower(colocate_with) = 'none' THEN
                    RETURN (SELECT coalesce(max(colocationid), 1) + 1 FROM pg_catalog.pg_dist_partition);
                ELSIF lower(colocate_with) = 'default' THEN
                    -- Citus takes the oldest group of the column's type and shard count, whatever made it
                    SELECT min(p.colocationid) INTO found FROM pg_catalog.pg_dist_partition p
                    WHERE p.partmethod = 'h' AND p.shardcount IS NOT DISTINCT FROM shard_count
                      AND pg_catalog.ws_scratch_type(p.logicalrelid, p.partkey)
                          = pg_catalog.ws_scratch_type(table_name, column_name);
                    RETURN coalesce(found, pg_catalog.ws_scratch_group(table_name, column_name, 'none', shard_count));
                END IF;
                SELECT colocationid INTO found FROM pg_catalog.pg_dist_partition
                WHERE logicalrelid = colocate_with::regclass AND partmethod = 'h';
                IF found IS NULL THEN
                    RAISE EXCEPTION 'cannot colocate % with %: it is not a distributed table', table_name, colocate_with;
                END IF;
                RETURN found;
            END $f$;
            CREATE FUNCTION pg_catalog.ws_scratch_place(table_name regclass, distribution_column text, colocate_with text,
                shard_count int, colocation int) RETURNS void LANGUAGE plpgsql AS $f$
            BEGIN
                IF NOT EXISTS (SELECT 1 FROM pg_catalog.pg_attribute WHERE attrelid = table_name
                               AND attname = distribution_column AND NOT attisdropped) THEN
                    RAISE EXCEPTION 'column "%" of relation "%" does not exist', distribution_column, table_name;
                END IF;
                INSERT INTO pg_catalog.pg_dist_partition VALUES (table_name, 'h', distribution_column,
                    coalesce(colocation, pg_catalog.ws_scratch_group(table_name, distribution_column, colocate_with,
                        shard_count)), 's',
                    CASE WHEN lower(colocate_with) IN ('default', 'none') THEN shard_count
                         ELSE (SELECT shardcount FROM pg_catalog.pg_dist_partition WHERE logicalrelid
                               = colocate_with::regclass) END);
            END $f$;
            CREATE FUNCTION pg_catalog.create_distributed_table(table_name regclass, distribution_column text,
                distribution_type text DEFAULT 'hash', colocate_with text DEFAULT 'default', shard_count int DEFAULT NULL)
                RETURNS void LANGUAGE sql AS 'SELECT pg_catalog.ws_scratch_place($1, $2, $4, $5, NULL)';
            CREATE FUNCTION pg_catalog.create_distributed_table_concurrently(table_name regclass,
                distribution_column text, distribution_type text DEFAULT 'hash', colocate_with text DEFAULT 'default',
                shard_count int DEFAULT NULL) RETURNS void LANGUAGE sql
                AS 'SELECT pg_catalog.create_distributed_table($1, $2, $3, $4, $5)';
            CREATE FUNCTION pg_catalog.create_reference_table(table_name regclass) RETURNS void LANGUAGE sql
                AS $f$INSERT INTO pg_catalog.pg_dist_partition VALUES ($1, 'n', NULL, 1, 't', NULL)$f$;
            CREATE FUNCTION pg_catalog.undistribute_table(table_name regclass, cascade_via_foreign_keys boolean
                DEFAULT false) RETURNS void LANGUAGE sql
                AS 'DELETE FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1';
            -- without colocate_with, Citus keeps the table's group unless its column's type or shard count changes
            CREATE FUNCTION pg_catalog.alter_distributed_table(table_name regclass, distribution_column text
                DEFAULT NULL, shard_count int DEFAULT NULL, colocate_with text DEFAULT NULL,
                cascade_to_colocated boolean DEFAULT NULL) RETURNS void LANGUAGE plpgsql AS $f$
            DECLARE was pg_catalog.pg_dist_partition;
                    new_column text;
                    kept int;
            BEGIN
                SELECT * INTO was FROM pg_catalog.pg_dist_partition WHERE logicalrelid = table_name;
                new_column := coalesce(distribution_column, was.partkey);
                IF colocate_with IS NULL AND shard_count IS NULL AND pg_catalog.ws_scratch_type(table_name, new_column)
                        = pg_catalog.ws_scratch_type(table_name, was.partkey) THEN
                    kept := was.colocationid;
                END IF;
                DELETE FROM pg_catalog.pg_dist_partition WHERE logicalrelid = table_name;
                PERFORM pg_catalog.ws_scratch_place(table_name, new_column, coalesce(colocate_with, 'default'),
                    coalesce(shard_count, was.shardcount), kept);
                IF cascade_to_colocated THEN
                    UPDATE pg_catalog.pg_dist_partition p SET colocationid = n.colocationid, shardcount = n.shardcount
                    FROM pg_catalog.pg_dist_partition n
                    WHERE n.logicalrelid = table_name AND p.colocationid = was.colocationid AND p.partmethod = 'h';
                END IF;
            END $f$;
            CREATE FUNCTION pg_catalog.update_distributed_table_colocation(table_name regclass, colocate_with text)
                RETURNS void LANGUAGE sql AS $f$UPDATE pg_catalog.pg_dist_partition SET colocationid =
                pg_catalog.ws_scratch_group($1, partkey, $2, shardcount) WHERE logicalrelid = $1$f$;
            CREATE FUNCTION pg_catalog.mark_tables_colocated(source_table_name regclass, target_table_names regclass[])
                RETURNS void LANGUAGE sql AS $f$UPDATE pg_catalog.pg_dist_partition SET colocationid =
                (SELECT colocationid FROM pg_catalog.pg_dist_partition WHERE logicalrelid = $1)
                WHERE logicalrelid = ANY ($2)$f$;
            CREATE FUNCTION pg_catalog.citus_add_local_table_to_metadata(table_name regclass, cascade_via_foreign_keys
                boolean DEFAULT false) RETURNS void LANGUAGE sql AS 'SELECT';
            CREATE FUNCTION pg_catalog.truncate_local_data_after_distributing_table(function_name regclass)
                RETURNS void LANGUAGE sql AS 'SELECT';
            """;

    private ScratchCitus() {
    }

    /**
     * What to add to a replay's error when a revision called a function the scratch database lacks,
     * such as one of Citus's that is not about placement; empty for any other error.
     */
    static String hint(String message) {
        if (message == null || !message.contains("function") || !message.contains("does not exist")) {
            return "";
        }
        return "; the scratch database is plain PostgreSQL: of Citus it has only the placement functions ("
                + FUNCTIONS + "); compare against the coordinator instead (--against database, or check without"
                + " --drift)";
    }

    /** Defines the placement functions in the scratch database, before any revision replays. */
    static void install(Connection scratch) {
        try (Statement statement = scratch.createStatement()) {
            statement.execute(SQL);
        } catch (SQLException e) {
            throw DatabaseException.of("cannot prepare Citus's placement functions in the scratch database", e);
        }
    }
}
