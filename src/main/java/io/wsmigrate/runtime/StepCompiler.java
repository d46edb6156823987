package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.liquibase.LiquibaseRuntime;
import io.wsmigrate.revision.Direction;
import io.wsmigrate.revision.Step;
import io.wsmigrate.script.LoadedRevision;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.speed.CacheLine;
import io.wsmigrate.speed.CompiledStepCache;
import io.wsmigrate.speed.SplitWork;
import io.wsmigrate.speed.StepSql;
import io.wsmigrate.speed.Threads;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns a plan's steps into SQL through Liquibase, before any of it runs. Steps already compiled
 * from the same file text by the same build come from a {@link CompiledStepCache}: no YAML, no
 * Liquibase. One instance serves a run, or the workers of a fleet: compiling is serialized (Liquibase is
 * not thread-safe) and a step compiled once is handed out again, so a thousand targets compile it once.
 */
public final class StepCompiler {
    private final Function<String, Parsed> scripts;
    /** After a batch of files was parsed: what was learned from them is written once. */
    private final Runnable parsingDone;
    private final Function<String, Optional<String>> textHashes;
    private final Supplier<CompiledStepCache> cacheSource;
    private final Supplier<ChangeSql> changeSqlSource;
    /** Whether {@link #scripts} may be called from two threads at once: files are then read on both cores. */
    private final boolean parallel;
    private final Map<Step, CompiledStep> compiledBefore = new HashMap<>();
    private CompiledStepCache cache;
    private ChangeSql changeSql;
    /** Whether Liquibase was warmed up (or used) by this compiler: at most one warm-up. */
    private boolean liquibaseStarted;

    public StepCompiler(Function<String, RevisionScript> scripts, ChangeSql changeSql) {
        this(scripts, () -> changeSql);
    }

    /** Liquibase is started ({@code changeSql} asked for) only when there is a step to compile. */
    public StepCompiler(Function<String, RevisionScript> scripts, Supplier<ChangeSql> changeSql) {
        this(id -> new Parsed(scripts.apply(id), Optional.empty()), () -> { }, id -> Optional.empty(),
                CompiledStepCache::none, changeSql, false);
    }

    /**
     * Compiles the revisions of {@code scripts}, remembering in {@code cache} the steps whose SQL
     * depends on nothing but their file's text; Liquibase is started only for a step not remembered.
     * The cache is opened only when there is a step to compile: a no-op upgrade never reads it.
     */
    public StepCompiler(ScriptDirectory scripts, Supplier<CompiledStepCache> cache, Supplier<ChangeSql> changeSql) {
        this(id -> Parsed.of(scripts.loadWithTextHash(id)), scripts::rememberChecksums, scripts::textHash, cache,
                changeSql, true);
    }

    private StepCompiler(Function<String, Parsed> scripts, Runnable parsed, Function<String, Optional<String>> textHashes,
                         Supplier<CompiledStepCache> cache, Supplier<ChangeSql> changeSql, boolean parallel) {
        this.scripts = scripts;
        this.parsingDone = parsed;
        this.textHashes = textHashes;
        this.cacheSource = cache;
        this.changeSqlSource = changeSql;
        this.parallel = parallel;
    }

    private CompiledStepCache cache() {
        if (cache == null) {
            cache = cacheSource.get();
        }
        return cache;
    }

    private ChangeSql changeSql() {
        if (changeSql == null) {
            changeSql = changeSqlSource.get();
        }
        return changeSql;
    }

    /**
     * Compiles every step, or throws the error of the first step that cannot be. Common entries
     * ({@code createTable}, {@code dropTable}) are written without Liquibase; when the first entry
     * that needs it is found, Liquibase's first use (class loading, plugin scanning: a few hundred
     * milliseconds) runs on another thread while the remaining revision files are parsed. The files
     * of a scripts folder are parsed on two cores: all are read and checked before anything runs,
     * and nothing else is left to do until they are.
     */
    public synchronized List<CompiledStep> compile(List<Step> steps) {
        List<CompiledStep> compiled = compileUnseen(steps);
        for (int i = 0; i < steps.size(); i++) {
            compiledBefore.put(steps.get(i), compiled.get(i));
        }
        return compiled;
    }

    /**
     * The steps compiled while the caller runs the first of them, for a run that rolls back whole
     * on any failure (one transaction): the files are read on a thread of their own, and a step is
     * compiled when {@link Ahead#get} asks for it, so a bad file is found only when the run reaches
     * it. The caller closes it, after the run or its failure. Few files to read are read first.
     */
    public synchronized Ahead compileAhead(List<Step> steps) {
        List<CompiledStep> compiled = new ArrayList<>(steps.size());
        List<Integer> missing = notRemembered(steps, compiled);
        if (missing.size() < SplitWork.MIN_ITEMS || !parallel) {
            return compileNow(steps);
        }
        Parsing parsing = new Parsing(steps, missing, changeSql(), !liquibaseStarted);
        SplitWork.Ahead<Parsed> reading = SplitWork.ahead(missing.size(), parsing::parse, "ws-migrate-read-revisions");
        return new Ahead(steps, compiled, parsing, reading, missing);
    }

    /** {@link #compile}, as an {@link Ahead} that has nothing left to compile. */
    public synchronized Ahead compileNow(List<Step> steps) {
        return new Ahead(steps, compile(steps), null, null, List.of());
    }

    /** Steps handed out in order, each compiled when first asked for ({@link #compileAhead}). */
    public final class Ahead implements AutoCloseable {
        private final List<Step> steps;
        private final List<CompiledStep> compiled;
        private final Parsing parsing;
        private final SplitWork.Ahead<Parsed> reading;
        /** The index of each step not remembered among those read, -1 for a remembered one. */
        private final int[] readIndex;
        private final List<CacheLine.Entry> learned = new ArrayList<>();
        private Thread warmUp;
        private boolean closed;

        private Ahead(List<Step> steps, List<CompiledStep> compiled, Parsing parsing, SplitWork.Ahead<Parsed> reading,
                      List<Integer> missing) {
            this.steps = steps;
            this.compiled = new ArrayList<>(compiled);
            this.parsing = parsing;
            this.reading = reading;
            this.readIndex = new int[steps.size()];
            Arrays.fill(readIndex, -1);
            for (int i = 0; i < missing.size(); i++) {
                readIndex[missing.get(i)] = i;
            }
        }

        public int size() {
            return steps.size();
        }

        /** The steps compiled already (remembered, or all of them when compiled now), in order. */
        public List<CompiledStep> known() {
            return compiled.stream().filter(Objects::nonNull).toList();
        }

        /**
         * Step {@code i}, compiled now if it was not; steps are asked for in order. Throws what
         * compiling the steps one by one would have thrown at it: its file's error, or an earlier one's.
         */
        public CompiledStep get(int i) {
            CompiledStep step = compiled.get(i);
            if (step != null) {
                return step;
            }
            Parsed parsed = reading.get(readIndex[i]);
            if (parsing.liquibaseNeeded && warmUp == null) {
                warmUp = LiquibaseRuntime.warmUpInBackground(); // while the run's first steps are sent
            }
            synchronized (StepCompiler.this) { // Liquibase is not thread-safe: one compiler, one compiling thread
                if (parsed.needsLiquibase()) {
                    Threads.joinUninterruptibly(warmUp);
                }
                step = compile(steps.get(i), parsed, learned);
                compiledBefore.put(steps.get(i), step);
            }
            compiled.set(i, step);
            return step;
        }

        /** Ends the reading, and remembers what compiled (what compiled before an error is still worth it). */
        @Override
        public void close() {
            if (closed || reading == null) {
                return;
            }
            closed = true;
            reading.close();
            Threads.joinUninterruptibly(warmUp);
            synchronized (StepCompiler.this) {
                liquibaseStarted |= warmUp != null;
                parsingDone.run();
                cache().putAll(learned);
            }
        }
    }

    private List<CompiledStep> compileUnseen(List<Step> steps) {
        List<CompiledStep> compiled = new ArrayList<>(steps.size());
        List<Integer> missing = notRemembered(steps, compiled);
        if (missing.isEmpty()) {
            return List.copyOf(compiled);
        }
        Parsing parsing = new Parsing(steps, missing, changeSql(), !liquibaseStarted && missing.size() > 1);
        List<Parsed> parsed;
        RuntimeException unreadable;
        try {
            SplitWork.Outcome<Parsed> outcome = parallel
                    ? SplitWork.inOrder(missing.size(), parsing::parse, "ws-migrate-read-revisions")
                    : SplitWork.oneByOne(missing.size(), parsing::parse);
            parsed = outcome.results();
            unreadable = outcome.failure(); // reported after the steps before it, as if compiled one by one
        } finally {
            parsingDone.run();
            liquibaseStarted |= parsing.warmUp != null;
            Threads.joinUninterruptibly(parsing.warmUp); // only one thread may use Liquibase at a time
        }
        List<CacheLine.Entry> learned = new ArrayList<>();
        try {
            for (int i = 0; i < parsed.size(); i++) {
                compiled.set(missing.get(i), compile(steps.get(missing.get(i)), parsed.get(i), learned));
            }
        } finally {
            cache().putAll(learned); // what compiled before an error is still worth keeping
        }
        if (unreadable != null) {
            throw unreadable;
        }
        return List.copyOf(compiled);
    }

    /**
     * The indexes of the steps neither compiled before by this compiler nor remembered by its
     * cache; {@code compiled} gets each step's remembered compilation, null for those.
     */
    private List<Integer> notRemembered(List<Step> steps, List<CompiledStep> compiled) {
        List<Integer> missing = new ArrayList<>();
        for (Step step : steps) {
            Optional<CompiledStep> remembered = Optional.ofNullable(compiledBefore.get(step)).or(() -> remembered(step));
            compiled.add(remembered.orElse(null));
            if (remembered.isEmpty()) {
                missing.add(compiled.size() - 1);
            }
        }
        return missing;
    }

    /**
     * The reading of a compile's files (on this thread, and on a second one when {@link #parallel}).
     * Liquibase's warm-up starts from the compiling thread only, which it sets Liquibase's scope up
     * on, as soon as a file read on either thread needs Liquibase.
     */
    private final class Parsing {
        private final List<Step> steps;
        private final List<Integer> missing;
        private final ChangeSql changeSql;
        private final boolean mayWarmUp;
        private final Thread compiling = Thread.currentThread();
        private volatile boolean liquibaseNeeded;
        /** Started by the compiling thread, read by it after the parsing. */
        private Thread warmUp;

        Parsing(List<Step> steps, List<Integer> missing, ChangeSql changeSql, boolean mayWarmUp) {
            this.steps = steps;
            this.missing = missing;
            this.changeSql = changeSql;
            this.mayWarmUp = mayWarmUp;
        }

        /** The file of the {@code i}th step not remembered. */
        Parsed parse(int i) {
            Step step = steps.get(missing.get(i));
            Parsed script = scripts.apply(step.revision().id()).withPlainDdl(step.direction(), changeSql);
            if (mayWarmUp && script.needsLiquibase()) {
                liquibaseNeeded = true;
            }
            if (liquibaseNeeded && warmUp == null && Thread.currentThread() == compiling) {
                warmUp = LiquibaseRuntime.warmUpInBackground();
            }
            return script;
        }
    }

    public CompiledStep compile(Step step) {
        return compile(List.of(step)).get(0);
    }

    /** A step compiled before from the same text by the same build, exactly as compiling it again gives. */
    private Optional<CompiledStep> remembered(Step step) {
        if (cache().isEmpty()) {
            return Optional.empty(); // a first run: no file's text need be hashed to find that out
        }
        return textHashes.apply(step.revision().id())
                .flatMap(textHash -> cache().get(textHash, step.direction()))
                .map(sql -> new CompiledStep(step, step.revision().source(), sql.statements(), sql.transactional(),
                        sql.checksum()));
    }

    private CompiledStep compile(Step step, Parsed parsed, List<CacheLine.Entry> learned) {
        RevisionScript script = parsed.script();
        boolean upgrade = step.direction() == Direction.UPGRADE;
        List<Map<String, Object>> entries = upgrade ? script.upgrade() : script.downgrade();
        String section = upgrade ? "upgrade" : "downgrade";
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Optional<List<String>> plain = parsed.plainDdl().get(i);
            if (plain.isPresent()) {
                statements.addAll(plain.get());
                continue;
            }
            String where = script.path() + ": " + section + " entry " + (i + 1) + ": ";
            List<String> sql;
            try {
                sql = changeSql().sql(ChangeEntry.fromMap(entries.get(i)), script.path());
            } catch (WsMigrateException e) {
                throw new WsMigrateException(e.exitCode(), where + e.getMessage(), e);
            }
            requireNoTransactionControl(sql, where, script.transactional());
            if (script.transactional()) {
                requireTransactional(sql, where);
            }
            statements.addAll(sql);
        }
        CompiledStep compiled = new CompiledStep(step, script.path(), statements, script.transactional(),
                script.checksum());
        // either direction naming a file makes the checksum depend on it, and the checksum is the script's
        if (parsed.textHash().isPresent() && !OtherFiles.readBy(script.upgrade())
                && !OtherFiles.readBy(script.downgrade())) {
            learned.add(new CacheLine.Entry(parsed.textHash().get(), step.direction(), new StepSql(statements, script.transactional(), script.checksum())));
        }
        return compiled;
    }

    /**
     * Refused before anything runs: a COMMIT would make the revision's first statements permanent
     * before the rest ran, a ROLLBACK would undo them and still have the revision recorded.
     */
    private static void requireNoTransactionControl(List<String> statements, String where, boolean transactional) {
        for (String sql : statements) {
            Optional<String> control = ChangeSql.transactionControl(sql);
            if (control.isPresent()) {
                throw new WsMigrateException(ExitCode.REVISION, where + "`" + control.get() + "` controls the"
                        + " transaction, which ws-migrate owns: it runs " + (transactional ? "each revision in one"
                        + " transaction, together with its version row" : "a `transactional: false` revision"
                        + " statement by statement, each committed on its own") + "; remove it, and split the"
                        + " revision in two where part of it must be committed first");
            }
        }
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

    /**
     * A revision file as parsed, with the key of the text it was parsed from (empty: not to be
     * remembered) and, once the direction is known, each entry's SQL when written without Liquibase
     * (plain DDL, generated once here and needing no reading for transaction control).
     */
    private record Parsed(RevisionScript script, Optional<String> textHash, List<Optional<List<String>>> plainDdl) {
        static Parsed of(LoadedRevision loaded) {
            return new Parsed(loaded.script(), Optional.of(loaded.textHash()), List.of());
        }

        Parsed(RevisionScript script, Optional<String> textHash) {
            this(script, textHash, List.of());
        }

        /** An entry that cannot even be read is left to the compiling, which reports it in its place. */
        Parsed withPlainDdl(Direction direction, ChangeSql changeSql) {
            List<Map<String, Object>> entries = direction == Direction.UPGRADE ? script.upgrade() : script.downgrade();
            List<Optional<List<String>>> plain = new ArrayList<>(entries.size());
            for (Map<String, Object> entry : entries) {
                Optional<List<String>> sql;
                try {
                    sql = changeSql.plainDdl(ChangeEntry.fromMap(entry));
                } catch (RuntimeException unreadable) {
                    sql = Optional.empty();
                }
                plain.add(sql);
            }
            return new Parsed(script, textHash, plain);
        }

        /** Whether compiling this direction starts Liquibase (an entry that cannot even be read counts). */
        boolean needsLiquibase() {
            return plainDdl.stream().anyMatch(Optional::isEmpty);
        }
    }
}
