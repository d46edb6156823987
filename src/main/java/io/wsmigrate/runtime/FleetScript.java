package io.wsmigrate.runtime;

import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@code --sql} output for a fleet: the steps compiled once, then written once per target with
 * that target's session lines (a {@code \connect}, a {@code search_path}) and version table. Each
 * target runs in one transaction, so a target that fails in a {@code psql -f} run is rolled back
 * whole and the next target still starts from its own {@code BEGIN}; a non-transactional revision
 * ends the transaction before its statements and opens a new one after them, as online.
 */
public final class FleetScript {
    private final RevisionMap map;
    private final Set<String> fromHeads;
    private final List<CompiledStep> steps;
    private final boolean citus;

    /** Compiles {@code steps} (the plan from {@code fromHeads}) once for every target. */
    public FleetScript(RevisionMap map, StepCompiler compiler, Set<String> fromHeads, List<Step> steps) {
        this(map, compiler, fromHeads, steps, false);
    }

    /**
     * As above; {@code citus}: the package distributes tables, so each target's session is first put
     * in Citus's sequential mode, as a live run does (after its {@code \connect}, which opens a new
     * session; a no-op where Citus is not installed).
     */
    public FleetScript(RevisionMap map, StepCompiler compiler, Set<String> fromHeads, List<Step> steps,
                       boolean citus) {
        this.map = map;
        this.fromHeads = Set.copyOf(fromHeads);
        this.steps = compiler.compile(steps);
        this.citus = citus;
    }

    /**
     * One target's part: a comment naming {@code title}, {@code sessionLines} as they are (before
     * the transaction), then in the transaction {@code setup}, the version table and every step.
     */
    public void append(StringBuilder out, String title, List<String> sessionLines, List<String> setup,
                       VersionTable table) {
        out.append("-- target ").append(SqlData.comment(title)).append('\n');
        sessionLines.forEach(line -> out.append(line).append('\n'));
        if (citus) {
            OfflineScript.appendCitusSequential(out);
        }
        out.append("BEGIN;\n");
        setup.forEach(sql -> out.append(sql).append(";\n"));
        table.createStatements().forEach(sql -> out.append(sql).append(";\n"));
        Set<String> heads = new LinkedHashSet<>(fromHeads);
        for (CompiledStep compiled : steps) {
            Step step = compiled.step();
            out.append("-- ").append(SqlData.comment(StepText.describe(step))).append('\n');
            if (!compiled.transactional()) {
                out.append("COMMIT;\n-- non-transactional revision: statements run one by one\n");
            }
            compiled.statements().forEach(sql -> OfflineScript.appendStatement(out, sql));
            if (!compiled.transactional()) {
                out.append("BEGIN;\n");
            }
            Bookkeeping.forStep(map, heads, step, compiled.checksum()).sql(table.name(), null)
                    .forEach(sql -> out.append(sql).append(";\n"));
            var change = map.change(heads, step);
            heads.removeAll(change.delete());
            heads.addAll(change.insert());
        }
        out.append("COMMIT;\n\n");
    }
}
