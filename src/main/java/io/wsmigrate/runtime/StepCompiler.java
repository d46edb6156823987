package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.changes.ChangeEntry;
import io.wsmigrate.changes.ChangeSql;
import io.wsmigrate.changes.LiquibaseRuntime;
import io.wsmigrate.revision.Direction;
import io.wsmigrate.revision.Step;
import io.wsmigrate.script.RevisionScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/** Turns a plan's steps into SQL through Liquibase, before any of it runs. */
public final class StepCompiler {
    private final Function<String, RevisionScript> scripts;
    private final Supplier<ChangeSql> changeSqlSource;
    private ChangeSql changeSql;

    public StepCompiler(Function<String, RevisionScript> scripts, ChangeSql changeSql) {
        this(scripts, () -> changeSql);
    }

    /** Liquibase is started ({@code changeSql} asked for) only when there is a step to compile. */
    public StepCompiler(Function<String, RevisionScript> scripts, Supplier<ChangeSql> changeSql) {
        this.scripts = scripts;
        this.changeSqlSource = changeSql;
    }

    private ChangeSql changeSql() {
        if (changeSql == null) {
            changeSql = changeSqlSource.get();
        }
        return changeSql;
    }

    /**
     * Compiles every step, or throws the error of the first step that cannot be. Liquibase's first
     * use (class loading, plugin scanning: a few hundred milliseconds) runs on another core while
     * this thread parses the revision files.
     */
    public List<CompiledStep> compile(List<Step> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        Thread warmUp = changeSql == null && steps.size() > 1 ? LiquibaseRuntime.warmUpInBackground() : null;
        List<RevisionScript> parsed = new ArrayList<>(steps.size());
        RuntimeException unreadable = null;
        try {
            for (Step step : steps) {
                parsed.add(scripts.apply(step.revision().id()));
            }
        } catch (RuntimeException e) {
            unreadable = e; // reported after the steps before it, as if compiled one by one
        } finally {
            awaitQuietly(warmUp);
        }
        List<CompiledStep> compiled = new ArrayList<>(steps.size());
        for (int i = 0; i < parsed.size(); i++) {
            compiled.add(compile(steps.get(i), parsed.get(i)));
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return compiled;
    }

    /** Waits for the warm-up to end, even when interrupted: only one thread may use Liquibase at a time. */
    private static void awaitQuietly(Thread thread) {
        boolean interrupted = false;
        while (thread != null && thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    public CompiledStep compile(Step step) {
        return compile(step, scripts.apply(step.revision().id()));
    }

    private CompiledStep compile(Step step, RevisionScript script) {
        boolean upgrade = step.direction() == Direction.UPGRADE;
        List<Map<String, Object>> entries = upgrade ? script.upgrade() : script.downgrade();
        String section = upgrade ? "upgrade" : "downgrade";
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String where = script.path() + ": " + section + " entry " + (i + 1) + ": ";
            List<String> sql;
            try {
                sql = changeSql().sql(ChangeEntry.fromMap(entries.get(i)), script.path());
            } catch (WsMigrateException e) {
                throw new WsMigrateException(e.exitCode(), where + e.getMessage(), e);
            }
            if (script.transactional()) {
                requireTransactional(sql, where);
            }
            statements.addAll(sql);
        }
        return new CompiledStep(step, script.path(), statements, script.transactional(), script.checksum());
    }

    /** Found now, before anything runs, rather than after the revisions before it were applied. */
    private static void requireTransactional(List<String> statements, String where) {
        for (String sql : statements) {
            if (ChangeSql.statementRequiresNoTransaction(sql)) {
                String oneLine = sql.replaceAll("\\s+", " ").trim();
                throw new WsMigrateException(ExitCode.REVISION, where + "`" + oneLine + "` cannot run inside a"
                        + " transaction block; add `transactional: false` to the revision so its statements run one"
                        + " by one, outside a transaction");
            }
        }
    }
}
