package io.wsmigrate.introspect;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the schema of a live PostgreSQL database from {@code pg_catalog} with six bulk queries
 * (tables, columns, constraints, indexes, sequences, enum types), whatever the number of tables; JDBC's
 * {@code DatabaseMetaData} is not used because it asks per table and is orders of magnitude
 * slower. Names come back exactly as stored, so quoted mixed-case names round-trip.
 *
 * <p>The connection is used as it is: its transaction and auto-commit are left alone. Run inside a
 * REPEATABLE READ transaction if other sessions may change the schema meanwhile.
 */
public final class CatalogIntrospector {
    private CatalogIntrospector() {
    }

    /** Every non-system schema, every table and free sequence. */
    public static SchemaModel introspect(Connection connection) {
        return introspect(connection, IntrospectOptions.defaults());
    }

    public static SchemaModel introspect(Connection connection, IntrospectOptions options) {
        CatalogScope scope = new CatalogScope(options);
        try {
            Map<Long, TableParts> tables = TableReader.read(connection, scope, options.include());
            ColumnReader.read(connection, scope, tables);
            ConstraintReader.read(connection, scope, tables);
            IndexReader.read(connection, scope, tables);
            List<Sequence> sequences = SequenceReader.read(connection, scope, options.include());
            List<EnumType> enumTypes = EnumReader.read(connection, scope, options.include());
            List<Table> built = tables.values().stream().map(TableParts::build).toList();
            return new SchemaModel(built, sequences, enumTypes,
                    DistributionReader.read(connection, scope, options.include()));
        } catch (SQLException e) {
            throw new WsMigrateException(ExitCode.DATABASE,
                    "cannot read the database catalog: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * Citus's placement of every table of the database (the coordinator's {@code pg_dist_partition});
     * empty on plain PostgreSQL. What {@link #introspect} puts in the model, without the rest.
     */
    public static Map<QualifiedName, Distribution> distributions(Connection connection) {
        IntrospectOptions options = IntrospectOptions.defaults();
        try {
            return DistributionReader.read(connection, new CatalogScope(options), options.include());
        } catch (SQLException e) {
            throw new WsMigrateException(ExitCode.DATABASE,
                    "cannot read the Citus placements of the database: " + firstLine(e.getMessage()), e);
        }
    }

    /**
     * The names of every schema the database holds apart from PostgreSQL's own, empty ones included:
     * a revision creates (and its downgrade drops) only a schema that is not among them.
     */
    public static Set<String> schemaNames(Connection connection) {
        CatalogScope everything = new CatalogScope(IntrospectOptions.defaults());
        String sql = "SELECT n.nspname FROM pg_catalog.pg_namespace n WHERE " + everything.schemaCondition("n");
        Set<String> names = new TreeSet<>();
        try (PreparedStatement statement = everything.prepare(connection, sql);
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new WsMigrateException(ExitCode.DATABASE,
                    "cannot read the database's schemas: " + firstLine(e.getMessage()), e);
        }
    }

    /** PostgreSQL adds "Detail:"/"Position:" lines; the user's message stays one line. */
    private static String firstLine(String message) {
        if (message == null) {
            return "no message from the driver";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
