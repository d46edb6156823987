package io.wsmigrate.runtime;

import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --sql} mode: the SQL a run would execute, written out instead of run, so a DBA can
 * review or apply it. The same statements as online, each revision in its own transaction block;
 * what the revision files say about themselves (messages, ids) appears only as comments and
 * literals ({@link SqlData}, {@code Identifiers.literal}), so the script runs the revisions' statements and nothing else.
 */
public final class OfflineScript {
    private final RevisionMap map;
    private final VersionTable table;
    private final StepCompiler compiler;
    private final boolean citus;

    public OfflineScript(RevisionMap map, VersionTable table, StepCompiler compiler) {
        this(map, table, compiler, false);
    }

    /**
     * {@code citus}: the package distributes tables, so the script first puts the session in Citus's
     * sequential mode, as a live run does (a no-op where Citus is not installed).
     */
    public OfflineScript(RevisionMap map, VersionTable table, StepCompiler compiler, boolean citus) {
        this.map = map;
        this.table = table;
        this.compiler = compiler;
        this.citus = citus;
    }

    /**
     * A revision's statement and its semicolon, on a line of its own when the statement's last line
     * has a {@code --} comment that would swallow it (and join the next statement to this one).
     */
    static void appendStatement(StringBuilder out, String sql) {
        int lastLine = sql.lastIndexOf('\n') + 1;
        out.append(sql).append(sql.indexOf("--", lastLine) >= 0 ? "\n;\n" : ";\n");
    }

    /** The line that puts a script's session in Citus's sequential mode, with a comment saying why. */
    static void appendCitusSequential(StringBuilder out) {
        out.append("-- Citus: one shard connection at a time, so that a revision may change distributed and")
                .append(" reference tables together\n").append(StepRunner.CITUS_SEQUENTIAL).append(";\n");
    }

    public String render(Set<String> fromHeads, List<Step> steps) {
        return render(fromHeads, steps, false);
    }

    /**
     * As {@link #render(Set, List)}; {@code singleTransaction}: the whole script is one transaction,
     * the version table's creation too, as a live run with {@code --single-transaction} (refused when
     * a revision is non-transactional).
     */
    public String render(Set<String> fromHeads, List<Step> steps, boolean singleTransaction) {
        // all at once, as online: Liquibase warms up while files are parsed, and new SQL is remembered in one write
        List<CompiledStep> compiled = compiler.compile(steps);
        if (singleTransaction) {
            SingleTransactionRun.requireTransactional(compiled);
        }
        StringBuilder out = new StringBuilder();
        if (citus) {
            appendCitusSequential(out);
            out.append('\n');
        }
        if (singleTransaction) {
            out.append("-- one transaction for the whole run (--single-transaction)\nBEGIN;\n");
        }
        out.append(table.createSql()).append(";\n\n");
        Set<String> heads = new LinkedHashSet<>(fromHeads);
        for (CompiledStep step : compiled) {
            var change = map.change(heads, step.step());
            RowChanges rows = Bookkeeping.forStep(change, step.step(), step.checksum());
            out.append("-- ").append(SqlData.comment(StepText.describe(step.step()))).append('\n');
            if (singleTransaction) {
                step.statements().forEach(sql -> appendStatement(out, sql));
                rows.sql(table.name(), null).forEach(sql -> out.append(sql).append(";\n"));
                out.append('\n');
            } else {
                appendOwnTransaction(out, step, rows);
            }
            heads.removeAll(change.delete());
            heads.addAll(change.insert());
        }
        if (singleTransaction) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    /** A step in a transaction of its own, or, non-transactional, its statements one by one and then its rows. */
    private void appendOwnTransaction(StringBuilder out, CompiledStep step, RowChanges rows) {
        if (step.transactional()) {
            out.append("BEGIN;\n");
        } else {
            out.append("-- non-transactional revision: statements run one by one\n");
        }
        step.statements().forEach(sql -> appendStatement(out, sql));
        if (!step.transactional()) {
            out.append("BEGIN;\n");
        }
        rows.sql(table.name(), null).forEach(sql -> out.append(sql).append(";\n"));
        out.append("COMMIT;\n\n");
    }

    /** A stamp from {@code fromHeads} (rows assumed present) to {@code newHeads}, as SQL. */
    public String renderStamp(Set<String> fromHeads, Set<String> newHeads, boolean purge,
                              java.util.function.Function<String, String> checksums) {
        List<AppliedRevision> rows = map.ancestors(fromHeads).stream()
                .map(id -> new AppliedRevision(id, fromHeads.contains(id), null, null, null, false)).toList();
        RowChanges changes = Bookkeeping.forStamp(map, new VersionState(rows), newHeads, purge, checksums);
        StringBuilder out = new StringBuilder(table.createSql()).append(";\n\nBEGIN;\n");
        if (purge) {
            out.append("DELETE FROM ").append(table.name().sql()).append(";\n");
        }
        changes.sql(table.name(), null).forEach(sql -> out.append(sql).append(";\n"));
        return out.append("COMMIT;\n").toString();
    }
}
