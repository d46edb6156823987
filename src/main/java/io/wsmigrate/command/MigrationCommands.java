package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.runtime.OfflineScript;
import io.wsmigrate.runtime.Progress;
import io.wsmigrate.runtime.StateCheck;
import io.wsmigrate.runtime.StepCompiler;
import io.wsmigrate.runtime.VersionState;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptLocation;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/** {@code upgrade}, {@code downgrade}, {@code stamp}, {@code current}, online and with {@code --sql}. */
public final class MigrationCommands {
    private final Project project;

    public MigrationCommands(Project project) {
        this.project = project;
    }

    public RunResult upgrade(String target, MigrationOptions options, MigrationListener listener) {
        return migrator(options, listener).upgrade(target);
    }

    public RunResult downgrade(String target, MigrationOptions options, MigrationListener listener) {
        return migrator(options, listener).downgrade(target);
    }

    public RunResult stamp(List<String> targets, boolean purge, MigrationOptions options, MigrationListener listener) {
        return migrator(options, listener).stamp(targets, purge, this::checksumOf);
    }

    /** What {@code current} reports: the version table's heads, its rows, and how they relate to the scripts. */
    public record Current(VersionState state, boolean atHead, Set<String> scriptHeads, List<String> warnings) {
    }

    public Current current() {
        project.startConnecting();
        RevisionMap map = project.revisions();
        VersionState state = project.versionTable().read(project.connection());
        StateCheck check = stateCheck(map);
        check.requireKnown(state);
        List<String> warnings = new java.util.ArrayList<>(check.changedRevisions(state));
        new Progress(project.connection(), project.versionTable()).describe().ifPresent(warnings::add);
        return new Current(state, map.isAtHeads(state.heads()), map.heads(), warnings);
    }

    /** The applied revisions whose file changed after they were applied (never rerun, but worth a look). */
    public Set<String> changedRevisions() {
        project.startConnecting();
        RevisionMap map = project.revisions();
        return stateCheck(map).changedIds(project.versionTable().read(project.connection()));
    }

    /**
     * The SQL an upgrade would run, without a database. {@code range} is {@code TO} (from base) or
     * {@code FROM:TO}, as in Alembic's offline mode.
     */
    public String upgradeSql(String range) {
        return upgradeSql(range, false);
    }

    /** As {@link #upgradeSql(String)}; {@code singleTransaction}: the script is one transaction. */
    public String upgradeSql(String range, boolean singleTransaction) {
        Range r = Range.parse(range, "base");
        RevisionMap map = project.revisions();
        Set<String> from = map.headsOf(map.resolve(r.from(), currentFor(r)));
        return offline(map).render(from, map.upgradePlan(from, r.to()), singleTransaction);
    }

    /** The SQL a downgrade would run; offline downgrades need {@code FROM:TO}, since no database says where we are. */
    public String downgradeSql(String range) {
        return downgradeSql(range, false);
    }

    /** As {@link #downgradeSql(String)}; {@code singleTransaction}: the script is one transaction. */
    public String downgradeSql(String range, boolean singleTransaction) {
        if (!range.contains(":")) {
            throw new WsMigrateException(ExitCode.USAGE, "downgrade --sql needs a range FROM:TO, e.g. head:base,"
                    + " because there is no database to say where to start");
        }
        Range r = Range.parse(range, "head");
        RevisionMap map = project.revisions();
        Set<String> from = map.headsOf(map.resolve(r.from(), currentFor(r)));
        List<Step> steps = map.downgradePlan(from, r.to());
        return offline(map).render(from, steps, singleTransaction);
    }

    /** The SQL of a stamp, without a database: from base, or from FROM when a target reads FROM:TO. */
    public String stampSql(List<String> targets, boolean purge) {
        RevisionMap map = project.revisions();
        Set<String> from = Set.of();
        Set<String> to = new java.util.LinkedHashSet<>();
        for (String target : targets) {
            Range r = Range.parse(target, "base");
            from = target.contains(":") ? map.headsOf(map.resolve(r.from(), Set.of())) : from;
            to.addAll(map.resolve(r.to(), from));
        }
        Set<String> newHeads = map.headsAfterStamp(purge ? Set.of() : from, to, purge);
        return offline(map).renderStamp(from, newHeads, purge, this::checksumOf);
    }

    /**
     * {@code current} in an offline range is where the database is: its version table is read (and
     * nothing else). Without a database to read, say so rather than start from base.
     */
    private Set<String> currentFor(Range range) {
        if (!range.from().startsWith("current") && !range.to().startsWith("current")) {
            return Set.of();
        }
        try {
            return project.versionTable().read(project.connection()).heads();
        } catch (WsMigrateException e) {
            throw new WsMigrateException(ExitCode.USAGE, "`current` in an --sql range is the revision the database"
                    + " is at, and the database cannot be read (" + e.getMessage() + "); give the revision instead,"
                    + " e.g. `ws-migrate current` on a machine that reaches the database, then FROM:TO with its id", e);
        }
    }

    private OfflineScript offline(RevisionMap map) {
        return new OfflineScript(map, project.versionTable(), compiler(),
                !project.settings().migrations().citus().isEmpty());
    }

    /** Upgrades another database (autogenerate's scratch copy) with this package's revisions. */
    RunResult upgradeOn(java.sql.Connection connection, String target) {
        return migrator(connection, MigrationOptions.defaults(), MigrationListener.NONE).upgrade(target);
    }

    private Migrator migrator(MigrationOptions options, MigrationListener listener) {
        project.startConnecting();
        project.revisions();
        return migrator(project.connection(), options, listener);
    }

    private Migrator migrator(java.sql.Connection connection, MigrationOptions options, MigrationListener listener) {
        RevisionMap map = project.revisions();
        return new Migrator(connection, project.versionTable(), map, compiler(), stateCheck(map), options, listener);
    }

    /** Liquibase starts only if a step is compiled, not remembered: never for a no-op upgrade. */
    StepCompiler compiler() {
        return new StepCompiler(project.scripts(), project::compiledSteps, this::changeSql);
    }

    /** A compiler of one part of each revision ({@code part} of the file as read); nothing remembered. */
    StepCompiler compiler(UnaryOperator<RevisionScript> part) {
        return new StepCompiler(id -> part.apply(project.scripts().load(id)), this::changeSql);
    }

    private ChangeSql changeSql() {
        ChangeSql changeSql = project.scriptLocation() instanceof ScriptLocation.Folder folder
                ? new ChangeSql(folder.path(), project::classpath) : new ChangeSql();
        return changeSql.inEnvironment(project.environment());
    }

    private StateCheck stateCheck(RevisionMap map) {
        return stateCheck(map, project.versionTable(), this::checksumOf);
    }

    /** The check of {@code table}'s rows against the scripts, taking the files' checksums from {@code checksums}. */
    StateCheck stateCheck(RevisionMap map, VersionTable table, java.util.function.Function<String, String> checksums) {
        return new StateCheck(map, table.name().toString(), project.scriptLocation().describe(),
                id -> map.get(id).map(r -> new StateCheck.ChecksumSource(checksums.apply(id), r.source())));
    }

    String checksumOf(String id) {
        return project.scripts().checksum(id);
    }

    /** {@code FROM:TO} or {@code TO}; a missing FROM is {@code defaultFrom}. */
    record Range(String from, String to) {
        static Range parse(String text, String defaultFrom) {
            int colon = text.indexOf(':');
            if (colon < 0) {
                return new Range(defaultFrom, text);
            }
            String from = text.substring(0, colon).trim();
            return new Range(from.isEmpty() ? defaultFrom : from, text.substring(colon + 1).trim());
        }
    }
}
