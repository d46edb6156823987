package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs Hibernate's DDL from {@link EntityModel#createDdl} on a real PostgreSQL and reads the
 * catalog back: the statements must all succeed, and every column's type, nullability, identity
 * and default, and every table's constraints and indexes, must be what the model says.
 */
class PostgresAgreementTest {
    private static final String COLUMNS = "select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod),"
            + " a.attnotnull, a.attidentity, pg_get_expr(d.adbin, d.adrelid)"
            + " from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace"
            + " left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum"
            + " where c.relkind = 'r' and a.attnum > 0 and not a.attisdropped"
            + " and n.nspname not in ('pg_catalog', 'information_schema', 'pg_toast')";
    private static final String CONSTRAINTS = "select n.nspname, c.relname, k.contype, k.conname from pg_constraint k"
            + " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace"
            + " where n.nspname not in ('pg_catalog', 'information_schema') and k.contype in ('u', 'c', 'f')";
    private static final String INDEXES = "select schemaname, tablename, indexname from pg_indexes i"
            + " where schemaname not in ('pg_catalog', 'information_schema') and not exists (select 1 from pg_constraint k"
            + " where k.conname = i.indexname and k.connamespace = (select oid from pg_namespace where nspname = i.schemaname))";

    static Stream<Arguments> fixturesAndSettings() {
        return Stream.of(
                Arguments.of(Fixtures.SHOP, Map.of()),
                Arguments.of(Fixtures.SHOP, DdlAgreementTest.QUOTED),
                Arguments.of(Fixtures.EDGE, Map.of()));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixturesAndSettings")
    void hibernatesDdlRunsOnPostgresqlAndTheCatalogMatchesTheModel(String packageName, Map<String, String> properties)
            throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        try (EntityModel model = EntityModelLoader.load(Fixtures.source(packageName, true, properties));
             Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement()) {
            SchemaModel schema = model.schema();
            for (String schemaName : new TreeSet<>(schema.tables().stream().map(t -> t.name().schema()).toList())) {
                statement.execute("create schema if not exists " + Identifiers.quote(schemaName));
            }
            for (String ddl : model.createDdl(Set.of())) {
                statement.execute(ddl);
            }

            assertThat(catalogColumns(statement)).isEqualTo(modelColumns(schema));
            assertThat(catalogConstraints(statement)).isEqualTo(modelConstraints(schema));
            assertThat(catalogIndexes(statement)).isEqualTo(modelIndexes(schema));
            for (Sequence sequence : schema.sequences()) {
                assertThat(sequenceSettings(statement, sequence.name()))
                        .containsExactly(sequence.start(), sequence.increment());
            }
        }
    }

    /** table.column → "type | nullable | identity | has default". */
    private static Map<String, String> modelColumns(SchemaModel schema) {
        Map<String, String> columns = new HashMap<>();
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                columns.put(table.name() + "." + column.name(), column.type().sql() + " | " + column.nullable()
                        + " | " + column.identity() + " | " + (column.defaultExpression() != null));
            }
        }
        return columns;
    }

    private static Map<String, String> catalogColumns(Statement statement) throws SQLException {
        Map<String, String> columns = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(COLUMNS)) {
            while (rows.next()) {
                Identity identity = switch (rows.getString(6)) {
                    case "a" -> Identity.ALWAYS;
                    case "d" -> Identity.BY_DEFAULT;
                    default -> Identity.NONE;
                };
                columns.put(new QualifiedName(rows.getString(1), rows.getString(2)) + "." + rows.getString(3),
                        ColumnType.parse(rows.getString(4)).sql() + " | " + !rows.getBoolean(5) + " | " + identity
                                + " | " + (rows.getString(7) != null));
            }
        }
        return columns;
    }

    /** table → sorted "kind name" entries; unnamed model constraints count by kind only. */
    private static Map<String, List<String>> modelConstraints(SchemaModel schema) {
        Map<String, List<String>> constraints = new HashMap<>();
        for (Table table : schema.tables()) {
            List<String> entries = new ArrayList<>();
            table.uniqueConstraints().forEach(u -> entries.add("u " + (u.name() == null ? "?" : u.name())));
            table.checks().forEach(c -> entries.add("c " + (c.name() == null ? "?" : c.name())));
            table.foreignKeys().stream().map(ForeignKey::name).forEach(name -> entries.add("f " + name));
            if (!entries.isEmpty()) {
                constraints.put(table.name().toString(), entries.stream().sorted().toList());
            }
        }
        return constraints;
    }

    private static Map<String, List<String>> catalogConstraints(Statement statement) throws SQLException {
        Map<String, List<String>> constraints = new HashMap<>();
        Map<String, Set<String>> generated = unnamedConstraintNames(statement);
        try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
            while (rows.next()) {
                String table = new QualifiedName(rows.getString(1), rows.getString(2)).toString();
                String name = rows.getString(4);
                boolean unnamed = generated.getOrDefault(table, Set.of()).contains(name);
                constraints.computeIfAbsent(table, key -> new ArrayList<>())
                        .add(rows.getString(3) + " " + (unnamed && !rows.getString(3).equals("f") ? "?" : name));
            }
        }
        constraints.replaceAll((table, entries) -> entries.stream().sorted().toList());
        return constraints;
    }

    /** PostgreSQL names unnamed constraints {@code <table>_<column>_key} / {@code _check}. */
    private static Map<String, Set<String>> unnamedConstraintNames(Statement statement) throws SQLException {
        Map<String, Set<String>> names = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(CONSTRAINTS)) {
            while (rows.next()) {
                String name = rows.getString(4);
                if (name.startsWith(rows.getString(2) + "_") && (name.endsWith("_key") || name.matches(".*_check\\d*"))) {
                    names.computeIfAbsent(new QualifiedName(rows.getString(1), rows.getString(2)).toString(),
                            key -> new TreeSet<>()).add(name);
                }
            }
        }
        return names;
    }

    private static Map<String, List<String>> modelIndexes(SchemaModel schema) {
        Map<String, List<String>> indexes = new HashMap<>();
        for (Table table : schema.tables()) {
            List<String> names = new ArrayList<>();
            if (table.primaryKey() != null) {
                names.add("(primary key)");
            }
            table.indexes().stream().map(Index::name).forEach(names::add);
            indexes.put(table.name().toString(), names.stream().sorted().toList());
        }
        return indexes;
    }

    private static Map<String, List<String>> catalogIndexes(Statement statement) throws SQLException {
        Map<String, List<String>> indexes = new HashMap<>();
        try (ResultSet rows = statement.executeQuery(INDEXES)) {
            while (rows.next()) {
                indexes.computeIfAbsent(new QualifiedName(rows.getString(1), rows.getString(2)).toString(),
                        key -> new ArrayList<>()).add(rows.getString(3));
            }
        }
        try (ResultSet rows = statement.executeQuery("select n.nspname, c.relname from pg_constraint k"
                + " join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace where k.contype = 'p'"
                + " and n.nspname not in ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
                indexes.computeIfAbsent(new QualifiedName(rows.getString(1), rows.getString(2)).toString(),
                        key -> new ArrayList<>()).add("(primary key)");
            }
        }
        try (ResultSet rows = statement.executeQuery("select n.nspname, c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname not in ('pg_catalog', 'information_schema')")) {
            while (rows.next()) {
                indexes.putIfAbsent(new QualifiedName(rows.getString(1), rows.getString(2)).toString(), new ArrayList<>());
            }
        }
        indexes.replaceAll((table, names) -> names.stream().sorted().toList());
        return indexes;
    }

    private static List<Long> sequenceSettings(Statement statement, QualifiedName name) throws SQLException {
        try (ResultSet row = statement.executeQuery("select start_value, increment_by from pg_sequences"
                + " where schemaname = " + Identifiers.literal(name.schema()) + " and sequencename = "
                + Identifiers.literal(name.name()))) {
            assertThat(row.next()).as("sequence " + name + " exists").isTrue();
            return List.of(row.getLong(1), row.getLong(2));
        }
    }
}
