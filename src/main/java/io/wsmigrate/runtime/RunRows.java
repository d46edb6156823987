package io.wsmigrate.runtime;

import io.wsmigrate.schema.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The version-table rows of a run in one transaction ({@link SingleTransactionRun}), written once
 * at its end instead of after each step: what the steps' {@link RowChanges}, applied one after
 * another, leave: at most five statements (the last mark among them), whatever the run's length.
 *
 * <p>Each inserted row's {@code execution_ms} is its own step's time, from the server's clock at
 * the step's start to its end, in the same round trip ({@link #mark}); the marks are kept in
 * settings local to the transaction, gone with it. A step that resets every setting ({@code RESET
 * ALL}) wipes the marks: the rows of the steps before it are written before it runs
 * ({@link #sqlSoFar}), and only its own time is not known.
 *
 * <p>Rows written step by step were a fifth of a cold run of 1000 revisions: not the planning (the
 * same rows as prepared statements were no faster) but each statement's own cost on the server.
 */
final class RunRows {
    /**
     * Steps whose marks share one setting. One setting for the whole run made each mark copy all
     * the marks before it (1000 marks: 0.05 s more of the server's time than one setting per 32);
     * one per step made PostgreSQL 15 and older sort its settings again for each new one (0.12 s).
     */
    private static final int MARKS_PER_SETTING = 32;
    private static final String MARKS = "ws_migrate.step_marks_";

    /** Rows there before the run that it deletes. */
    private final Set<String> deleted = new TreeSet<>();
    /** Rows there before the run whose head flag it sets, to the flag they end with. */
    private final Map<String, Boolean> headFlags = new TreeMap<>();
    /** Rows the run inserts and keeps. */
    private final Map<String, Inserted> inserted = new TreeMap<>();

    private record Inserted(String checksum, boolean head, int step) {
    }

    /**
     * The statement that marks the start of step {@code step} (the end of the step before it): the
     * server's clock appended to the marks, {@code step:epoch;}. It returns a number, not the marks.
     */
    static String mark(int step) {
        String setting = "'" + MARKS + step / MARKS_PER_SETTING + "'";
        return "SELECT pg_catalog.length(pg_catalog.set_config(" + setting + ", COALESCE(pg_catalog.current_setting("
                + setting + ", true), '') OPERATOR(pg_catalog.||) '" + step + ":' OPERATOR(pg_catalog.||)"
                + " EXTRACT(epoch FROM pg_catalog.clock_timestamp())::text OPERATOR(pg_catalog.||) ';', true))";
    }

    /** Adds step {@code step}'s rows, after those of the steps before it. */
    void add(int step, RowChanges rows) {
        for (String id : rows.delete()) {
            if (inserted.remove(id) == null) {
                deleted.add(id);
                headFlags.remove(id);
            }
        }
        for (String id : rows.unmarkHead()) {
            flag(id, false);
        }
        for (String id : rows.markHead()) {
            if (!rows.insert().containsKey(id)) {
                flag(id, true);
            }
        }
        rows.insert().forEach((id, checksum) -> inserted.put(id, new Inserted(checksum, rows.markHead().contains(id),
                step)));
    }

    private void flag(String id, boolean head) {
        Inserted row = inserted.get(id);
        if (row != null) {
            inserted.put(id, new Inserted(row.checksum(), head, row.step()));
        } else {
            headFlags.put(id, head);
        }
    }

    /**
     * The statements that end a run of {@code steps} steps: the last step's end mark, then the rows
     * of every step, deletes and head flags first, then the inserted rows with their steps' times.
     */
    List<String> sqlAtEnd(String tableSql, int steps) {
        List<String> statements = new ArrayList<>();
        statements.add(mark(steps));
        statements.addAll(sqlSoFar(tableSql, steps));
        return statements;
    }

    /**
     * The rows of the steps added so far, whose marks go up to step {@code lastMark}'s start,
     * written now and forgotten here: the rows of the later steps change the table as these leave
     * it. For a step that resets every setting, and the marks with them ({@code RESET ALL}).
     */
    List<String> sqlSoFar(String tableSql, int lastMark) {
        List<String> statements = new ArrayList<>();
        Set<String> markHead = new TreeSet<>();
        Set<String> unmarkHead = new TreeSet<>();
        headFlags.forEach((id, head) -> (head ? markHead : unmarkHead).add(id));
        statements.addAll(new RowChanges(Map.of(), deleted, markHead, unmarkHead, false).sql(tableSql, "NULL"));
        if (!inserted.isEmpty()) {
            statements.add(insert(tableSql, lastMark));
        }
        deleted.clear();
        headFlags.clear();
        inserted.clear();
        return statements;
    }

    /**
     * The inserted rows, each step's time read from the marks up to step {@code lastMark}'s. A step that ends a round trip has its end marked twice: at the end of that round
     * trip, and again at the start of the next; it ends at the first, the next step starts at the last.
     */
    private String insert(String tableSql, int lastMark) {
        StringBuilder sql = new StringBuilder("WITH marks AS (SELECT pg_catalog.split_part(m, ':', 1)::int AS step,"
                + " pg_catalog.min(pg_catalog.split_part(m, ':', 2)::numeric) AS first,"
                + " pg_catalog.max(pg_catalog.split_part(m, ':', 2)::numeric) AS last"
                + " FROM pg_catalog.generate_series(0, ").append(lastMark / MARKS_PER_SETTING)
                .append(") AS g, pg_catalog.unnest(pg_catalog.string_to_array(COALESCE(pg_catalog.current_setting('"
                        + MARKS + "' OPERATOR(pg_catalog.||) g::text, true), ''), ';')) AS m"
                        + " WHERE m OPERATOR(pg_catalog.<>) ''"
                        + " GROUP BY 1) INSERT INTO ")
                .append(tableSql)
                .append(" (version_num, is_head, checksum, execution_ms, stamped) SELECT v.version_num, v.is_head,"
                        + " v.checksum, ((e.first OPERATOR(pg_catalog.-) s.last) OPERATOR(pg_catalog.*) 1000)::bigint,"
                        + " false FROM (VALUES ");
        boolean first = true;
        for (Map.Entry<String, Inserted> row : inserted.entrySet()) {
            Inserted values = row.getValue();
            sql.append(first ? "(" : ", (").append(Identifiers.literal(row.getKey())).append(", ")
                    .append(values.head()).append(", ")
                    .append(values.checksum() == null ? "NULL" : Identifiers.literal(values.checksum())).append(", ")
                    .append(values.step()).append(')');
            first = false;
        }
        return sql.append(") AS v (version_num, is_head, checksum, step)"
                + " LEFT JOIN marks s ON s.step OPERATOR(pg_catalog.=) v.step"
                + " LEFT JOIN marks e ON e.step OPERATOR(pg_catalog.=) (v.step OPERATOR(pg_catalog.+) 1)").toString();
    }
}
