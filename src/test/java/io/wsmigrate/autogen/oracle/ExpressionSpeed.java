package io.wsmigrate.autogen.oracle;

import io.wsmigrate.compare.Normalizer;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.testing.TestPostgres;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The cost of each way to compare expressions, on N tables as Hibernate writes them (an enum's
 * {@code IN} check, a range check, {@code now()} and {@code 0} defaults, a partial index): the
 * canonicalizer on both sides, against the server printing the model's side. Client CPU of the
 * calling thread, CPU of the server's backend ({@code /proc}, the embedded server is local), wall.
 * Alternating, in one JVM: {@code main(N, runs)}.
 */
public final class ExpressionSpeed {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ExpressionSpeed() {
    }

    public static void main(String[] args) throws Exception {
        int n = Integer.parseInt(args[0]);
        int runs = Integer.parseInt(args[1]);
        SchemaModel model = model(n);
        DatabaseSettings database = TestPostgres.get().freshDatabase();
        try (Connection connection = TestPostgres.connect(database)) {
            try (Statement statement = connection.createStatement()) {
                for (Table table : model.tables()) {
                    statement.execute(ddl(table));
                }

            }
            SchemaModel catalog = CatalogIntrospector.introspect(connection);
            long backend = backendPid(connection);
            for (int run = 0; run < runs + 1; run++) {
                String label = run == 0 ? "warm-up " : "run " + run + " ";
                long[] parser = time(connection, backend, () -> {
                    Normalizer.normalize(model);
                    Normalizer.normalize(catalog);
                });
                long[] server = time(connection, backend, () -> ServerSpelling.of(connection, model));
                System.out.printf("N=%d %s canonicalizer: client %d ms, server %d ms, wall %d ms | "
                                + "server print: client %d ms, server %d ms, wall %d ms%n", n, label,
                        parser[0], parser[1], parser[2], server[0], server[1], server[2]);
            }
        }
        System.exit(0);
    }

    static SchemaModel model(int n) {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String name = String.format("t%04d", i);
            List<Column> columns = List.of(
                    Column.of("id", "bigint", false),
                    Column.of("status", "character varying(20)", true),
                    Column.of("amount", "numeric(12,2)", false).withDefault("0"),
                    Column.of("qty", "integer", false),
                    Column.of("created_at", "timestamp(6) with time zone", true).withDefault("now()"),
                    Column.of("code", "character varying(40)", true));
            Table table = Table.of(QualifiedName.of(name), columns)
                    .withChecks(List.of(new CheckConstraint(null, "status in ('NEW','PAID','SHIPPED','CANCELLED')"),
                            new CheckConstraint(null, "qty between 0 and 1000")))
                    .withIndexes(List.of(new Index(name + "_code", List.of(IndexColumn.asc("code")), false,
                            "status <> 'CANCELLED'", "btree")));
            tables.add(table);
        }
        return new SchemaModel(tables, List.of(), List.of(), java.util.Map.of());
    }

    /** {client CPU, backend CPU, wall} in milliseconds. */
    private static long[] time(Connection connection, long backend, Runnable work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long server = backendCpu(backend);
        long wall = System.nanoTime();
        work.run();
        return new long[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000, backendCpu(backend) - server,
                (System.nanoTime() - wall) / 1_000_000};
    }

    private static long backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("select pg_backend_pid()")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** utime + stime of the backend, in milliseconds (clock ticks of 10 ms). */
    private static long backendCpu(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
    }

    private static String ddl(Table table) {
        String name = table.name().name();
        StringBuilder sql = new StringBuilder("create table " + name + " (");
        for (Column column : table.columns()) {
            sql.append(column.name()).append(' ').append(column.type().sql())
                    .append(column.defaultExpression() == null ? "" : " default " + column.defaultExpression()).append(", ");
        }
        for (CheckConstraint check : table.checks()) {
            sql.append("check (").append(check.expression()).append("), ");
        }
        sql.append("primary key (id));");
        for (Index index : table.indexes()) {
            sql.append("create index ").append(index.name()).append(" on ").append(name).append(" (code) where ")
                    .append(index.predicate()).append(';');
        }
        return sql.toString();
    }
}
