package io.wsmigrate.autogen.oracle;

import io.wsmigrate.compare.Normalizer;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

/**
 * Measures the two ways to compare expressions against an oracle: Hibernate's own DDL for the
 * entities, loaded into a fresh PostgreSQL and read back as the catalog prints it. For every
 * default, generated column, check and index expression or predicate of the entity model, the
 * canonicalizer's way ({@link Normalizer} on both texts) and the server's way (the model's text
 * loaded into temporary tables and printed by the server, {@link ServerSpelling}, compared as text)
 * must call them equal; each disagreement is a false difference.
 *
 * <p>Run on a compiled application: {@code main(classesDir, classpathFile, package, key=value...)}.
 */
public final class ExpressionPaths {
    /** How many expressions were compared, and the disagreements of each way, with examples. */
    public record Tally(int expressions, int refused, List<String> canonicalizer, List<String> server) {
        @Override
        public String toString() {
            return "expressions " + expressions + ", refused DDL statements " + refused
                    + ", canonicalizer disagrees " + canonicalizer.size() + ", server disagrees " + server.size();
        }
    }

    private ExpressionPaths() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> classpath = new ArrayList<>(List.of(Path.of(args[0])));
        for (String jar : Files.readString(Path.of(args[1])).trim().split(":")) {
            classpath.add(Path.of(jar));
        }
        Map<String, String> settings = new HashMap<>();
        for (int i = 3; i < args.length; i++) {
            String[] pair = args[i].split("=", 2);
            settings.put(pair[0], pair[1]);
        }
        settings.put("jakarta.persistence.database-major-version", String.valueOf(TestPostgres.get().major()));
        Tally tally = measure(new EntitySource(classpath, List.of(args[2]), true, settings));
        System.out.println("PostgreSQL " + TestPostgres.get().major() + ", " + args[2] + ": " + tally);
        tally.canonicalizer().forEach(d -> System.out.println("  canonicalizer: " + d));
        tally.server().forEach(d -> System.out.println("  server: " + d));
        System.exit(0);
    }

    /** Hibernate's DDL for the entities on a fresh database, and both ways compared against it. */
    public static Tally measure(EntitySource source) throws SQLException {
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        try (EntityModel entities = EntityModelLoader.load(source);
             Connection connection = TestPostgres.connect(database)) {
            SchemaModel model = entities.schemaFor(TestPostgres.get().major());
            int refused = 0;
            try (Statement statement = connection.createStatement()) {
                for (String schema : model.tables().stream().map(t -> t.name().schema()).distinct().toList()) {
                    statement.execute("create schema if not exists " + Identifiers.quote(schema));
                }
                for (String ddl : entities.createDdl(java.util.Set.of())) {
                    try {
                        statement.execute(ddl);
                    } catch (SQLException e) {
                        refused++;
                    }
                }
            }
            SchemaModel catalog = CatalogIntrospector.introspect(connection);
            return compare(model, ServerSpelling.of(connection, model), catalog, refused);
        }
    }

    /** Every expression of {@code model} against the catalog's, by the canonicalizer and by the server's print. */
    public static Tally compare(SchemaModel model, SchemaModel printed, SchemaModel catalog, int refused) {
        List<String> canonical = new ArrayList<>();
        List<String> server = new ArrayList<>();
        int count = 0;
        Map<String, Table> byName = new HashMap<>();
        catalog.tables().forEach(t -> byName.put(t.name().toString(), t));
        for (int t = 0; t < model.tables().size(); t++) {
            Table mine = model.tables().get(t);
            Table theirs = byName.get(mine.name().toString());
            if (theirs == null) {
                continue;
            }
            count += columns(mine, printed.tables().get(t), theirs, canonical, server);
            count += checks(mine, printed.tables().get(t), theirs, canonical, server);
            count += indexes(mine, printed.tables().get(t), theirs, canonical, server);
        }
        return new Tally(count, refused, canonical, server);
    }

    private static int columns(Table mine, Table printed, Table theirs, List<String> canonical, List<String> server) {
        int count = 0;
        for (int c = 0; c < mine.columns().size(); c++) {
            Column column = mine.columns().get(c);
            Column other = theirs.column(column.name()).orElse(null);
            if (other == null) {
                continue;
            }
            String what = mine.name() + "." + column.name();
            if (column.generated() != null && other.generated() != null) {
                count++;
                tally(what + " generated", column.generated().expression(),
                        printed.columns().get(c).generated().expression(), other.generated().expression(),
                        (a, b) -> Objects.equals(Normalizer.expression(a), Normalizer.expression(b)), canonical, server);
            } else if (column.defaultExpression() != null || other.defaultExpression() != null) {
                count++;
                tally(what + " default", column.defaultExpression(), printed.columns().get(c).defaultExpression(),
                        other.defaultExpression(), (a, b) -> Objects.equals(Normalizer.defaultExpression(a, column.type()),
                                Normalizer.defaultExpression(b, other.type())), canonical, server);
            }
        }
        return count;
    }

    /** Checks as multisets: each of the model's must find an equal one in the catalog. */
    private static int checks(Table mine, Table printed, Table theirs, List<String> canonical, List<String> server) {
        List<String> left = new ArrayList<>(theirs.checks().stream().map(CheckConstraint::expression).toList());
        List<String> leftCanonical = new ArrayList<>(left.stream().map(Normalizer::expression).toList());
        for (int c = 0; c < mine.checks().size(); c++) {
            String text = mine.checks().get(c).expression();
            if (!leftCanonical.remove(Normalizer.expression(text))) {
                canonical.add(mine.name() + " check: " + text + " | catalog: " + theirs.checks());
            }
            String print = printed.checks().get(c).expression();
            if (!left.remove(print)) {
                server.add(mine.name() + " check: " + text + " -> " + print + " | catalog: " + theirs.checks());
            }
        }
        return mine.checks().size();
    }

    private static int indexes(Table mine, Table printed, Table theirs, List<String> canonical, List<String> server) {
        int count = 0;
        for (int x = 0; x < mine.indexes().size(); x++) {
            Index index = mine.indexes().get(x);
            Index other = theirs.indexes().stream().filter(i -> i.name().equals(index.name())).findFirst().orElse(null);
            if (other == null || other.columns().size() != index.columns().size()) {
                continue;
            }
            String what = mine.name() + " index " + index.name();
            if (index.predicate() != null || other.predicate() != null) {
                count++;
                tally(what + " where", index.predicate(), printed.indexes().get(x).predicate(), other.predicate(),
                        (a, b) -> Objects.equals(Normalizer.expression(a), Normalizer.expression(b)), canonical, server);
            }
            for (int k = 0; k < index.columns().size(); k++) {
                String key = index.columns().get(k).expression();
                if (mine.column(key).isEmpty()) {
                    count++;
                    tally(what + " key " + k, key, printed.indexes().get(x).columns().get(k).expression(),
                            other.columns().get(k).expression(),
                            (a, b) -> Objects.equals(Normalizer.expression(a), Normalizer.expression(b)), canonical,
                            server);
                }
            }
        }
        return count;
    }

    private static void tally(String what, String text, String print, String catalog, BiPredicate<String, String> same,
                              List<String> canonical, List<String> server) {
        if (!same.test(text, catalog)) {
            canonical.add(what + ": " + text + " | catalog: " + catalog);
        }
        if (!Objects.equals(print, catalog)) {
            server.add(what + ": " + text + " -> " + print + " | catalog: " + catalog);
        }
    }

    /**
     * Pairs that mean different things: {column for a default, or "" for a check, what the catalog
     * holds, what the model writes}. A way that calls a pair equal misses a real change.
     */
    public static final List<String[]> DIFFERENT = List.of(
            new String[] {"", "price::integer >= 6", "price >= 6"},
            new String[] {"", "a::numeric / b > 0.5", "a / b > 0.5"},
            new String[] {"", "code::text = 'ab'", "code = 'ab'"},
            new String[] {"", "day::date = '2020-01-01'", "day = '2020-01-01'"},
            new String[] {"", "a + b::numeric > 1", "a + b > 1"},
            new String[] {"", "(a / 2)::numeric > 1", "a / 2 > 1"},
            new String[] {"", "a > 1 and b > 1", "a > 1 or b > 1"},
            new String[] {"qty", "1.5::integer", "1.5"},
            new String[] {"day", "'2020-01-01 10:00'::date", "'2020-01-01 10:00'"},
            new String[] {"code", "'ab'::char(1)", "'ab'"},
            new String[] {"price", "0", "1"});

    private static final String COLUMNS =
            "price numeric(10,2), qty numeric, a integer, b integer, code char(5), day timestamp";

    /** Of {@link #DIFFERENT}, the pairs each way calls equal: {canonicalizer's, server's}. */
    public static List<List<String>> conflations(Connection connection) throws SQLException {
        List<List<String>> missed = List.of(new ArrayList<>(), new ArrayList<>());
        for (int i = 0; i < DIFFERENT.size(); i++) {
            String[] pair = DIFFERENT.get(i);
            String name = "conflation_" + i;
            boolean check = pair[0].isEmpty();
            String columns = check ? COLUMNS + ", check (" + pair[1] + ")"
                    : COLUMNS.replaceFirst("\\b" + pair[0] + " ([a-z]+(\\([0-9,]+\\))?)", pair[0] + " $1 default " + pair[1]);
            try (Statement statement = connection.createStatement()) {
                statement.execute("create table " + name + " (" + columns + ")");
            }
            SchemaModel catalog = CatalogIntrospector.introspect(connection, io.wsmigrate.introspect.IntrospectOptions
                    .defaults().withInclude(q -> q.name().equals(name)));
            Table theirs = catalog.tables().get(0);
            Table mine = check ? theirs.withChecks(List.of(new CheckConstraint(null, pair[2])))
                    : theirs.withColumns(theirs.columns().stream()
                    .map(c -> c.name().equals(pair[0]) ? c.withDefault(pair[2]) : c).toList());
            SchemaModel model = new SchemaModel(List.of(mine), List.of(), List.of(), Map.of());
            Tally tally = compare(model, ServerSpelling.of(connection, model), catalog, 0);
            String described = (check ? "check " : "default of " + pair[0] + " ") + pair[1] + " / " + pair[2];
            if (tally.canonicalizer().isEmpty()) {
                missed.get(0).add(described);
            }
            if (tally.server().isEmpty()) {
                missed.get(1).add(described);
            }
        }
        return missed;
    }
}
