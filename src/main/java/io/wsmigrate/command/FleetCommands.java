package io.wsmigrate.command;

import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.runtime.SchemaVersionTables;
import io.wsmigrate.runtime.StateCheck;
import io.wsmigrate.runtime.StepCompiler;
import io.wsmigrate.runtime.VersionState;
import io.wsmigrate.runtime.VersionTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@code upgrade}, {@code downgrade}, {@code stamp} and {@code current} over a fleet of tenant
 * schemas or databases: each target exactly as a single database (its own version table, advisory
 * lock and transactions), several at once. The revision graph is read and each step compiled once.
 */
public final class FleetCommands {
    private final Project project;
    private final MigrationCommands migrations;
    private final Map<String, String> checksums = new ConcurrentHashMap<>();

    public FleetCommands(Project project) {
        this.project = project;
        this.migrations = new MigrationCommands(project);
    }

    /** The targets {@code options} select, resolved (queries run) now. */
    public List<FleetTarget> targets(FleetOptions options) {
        return new FleetResolver(project).resolve(options.patterns());
    }

    public FleetReport upgrade(String goal, MigrationOptions run, FleetOptions options, FleetListener listener) {
        return migrate("upgrade", goal, options, listener, (target, migrator, connection) -> migrator.upgrade(goal),
                run);
    }

    public FleetReport downgrade(String goal, MigrationOptions run, FleetOptions options, FleetListener listener) {
        return migrate("downgrade", goal, options, listener, (target, migrator, connection) -> migrator.downgrade(goal),
                run);
    }

    public FleetReport stamp(List<String> revisions, boolean purge, MigrationOptions run, FleetOptions options,
                             FleetListener listener) {
        return migrate("stamp", String.join(" ", revisions), options, listener,
                (target, migrator, connection) -> migrator.stamp(revisions, purge, this::checksumOf), run);
    }

    /**
     * Where every target is: {@code UNCHANGED} at the scripts' heads, {@code BEHIND} elsewhere. The
     * tenant schemas' version tables are read together, in one query per few hundred; a target
     * that query cannot read (or a tenant database) is read on a connection of its own.
     */
    public FleetReport current(FleetOptions options, FleetListener listener) {
        long start = System.nanoTime();
        RevisionMap map = prepare();
        List<FleetTarget> targets = targets(options);
        Map<String, SchemaVersionTables.Found> read = readSchemaTargets(targets);
        List<TargetResult> results = new FleetRunner(project, options, listener).run(targets, new FleetRunner.Work() {
            @Override
            public FleetRunner.Outcome known(FleetTarget target) {
                SchemaVersionTables.Found found = read.get(target.name());
                return found == null || !(target instanceof FleetTarget.Schema) ? null
                        : where(map, target.versionTable(project.versionTable()), found.stateOrThrow());
            }

            @Override
            public FleetRunner.Outcome run(FleetTarget target, Connection connection, MigrationListener perTarget) {
                VersionTable table = target.versionTable(project.versionTable());
                return where(map, table, table.read(connection));
            }
        });
        List<TargetResult> all = SharedSchemaPart.of(project, migrations, map, targets).map(shared -> {
            List<TargetResult> withShared = new java.util.ArrayList<>(results);
            withShared.add(0, shared.where(map, stateCheck(map, shared.versionTable())));
            return withShared;
        }).orElse(results);
        return new FleetReport("current", "heads", all, millisSince(start));
    }

    private FleetRunner.Outcome where(RevisionMap map, VersionTable table, VersionState state) {
        stateCheck(map, table).requireKnown(state);
        return new FleetRunner.Outcome(state.heads(), state.heads(), map.isAtHeads(state.heads())
                ? TargetResult.Status.UNCHANGED : TargetResult.Status.BEHIND);
    }

    /** The schema targets' version tables by schema, read together; empty when that fails. */
    private Map<String, SchemaVersionTables.Found> readSchemaTargets(List<FleetTarget> targets) {
        List<String> schemas = targets.stream().filter(t -> t instanceof FleetTarget.Schema)
                .map(FleetTarget::name).toList();
        Map<String, SchemaVersionTables.Found> read = new HashMap<>();
        if (schemas.isEmpty()) {
            return read;
        }
        try {
            SchemaVersionTables.read(project.connection(), project.versionTable(), schemas,
                    found -> read.put(found.schema(), found));
        } catch (SQLException e) {
            // the targets not read yet are read one by one, which names the one that fails
        }
        return read;
    }

    /**
     * One target's run, given its migrator. The shared schemas' part runs it with neither target nor
     * connection (null): a move works through its migrator.
     */
    private interface Move {
        RunResult run(FleetTarget target, Migrator migrator, Connection connection);
    }

    private FleetReport migrate(String command, String goal, FleetOptions options, FleetListener listener, Move move,
                                MigrationOptions run) {
        long start = System.nanoTime();
        RevisionMap map = prepare();
        StepCompiler compiler = migrations.compiler();
        List<FleetTarget> targets = targets(options);
        Optional<SharedSchemaPart> shared = SharedSchemaPart.of(project, migrations, map, targets);
        StepCompiler tenantCompiler = shared.map(SharedSchemaPart::tenantCompiler).orElse(compiler);
        TenantSchemas schemas = TenantSchemas.read(project.connection(), targets, project.versionTable().name().name());
        Supplier<List<TargetResult>> tenants = () -> new FleetRunner(project, options, listener).run(targets,
                new FleetRunner.Work() {
                    @Override
                    public FleetRunner.Outcome run(FleetTarget target, Connection connection,
                                                   MigrationListener perTarget) {
                        VersionTable table = target.versionTable(project.versionTable());
                        if (schemas.missing(target)) { // a tenant listed before it was made: created with the table
                            table = table.creatingSchema();
                        }
                        CutShort watched = new CutShort(perTarget);
                        Migrator migrator = new Migrator(connection, table, map,
                                target instanceof FleetTarget.Schema ? tenantCompiler : compiler,
                                stateCheck(map, table), run, watched).inPreparedSession()
                                .settingUp(target instanceof FleetTarget.Schema schema
                                        ? List.of(schema.searchPathSql()) : List.of());
                        if (schemas.hasVersionTable(target)) {
                            migrator = migrator.knowingTableExists();
                        }
                        RunResult result = move.run(target, migrator, connection);
                        TargetResult.Status status = watched.cut ? TargetResult.Status.STOPPED
                                : result.steps().isEmpty() && !command.equals("stamp") ? TargetResult.Status.UNCHANGED
                                : TargetResult.Status.DONE;
                        return new FleetRunner.Outcome(result.headsBefore(), result.headsAfter(), status);
                    }

                    /** The tenant's search_path goes with the run's first round trip, the lock's. */
                    @Override
                    public boolean setsSearchPath() {
                        return true;
                    }

                    /**
                     * A run's timeouts, commits and client checks, set once per worker's connection;
                     * none for a stamp, whose single commit must be synchronous.
                     */
                    @Override
                    public List<String> sessionSettings(Connection connection) {
                        return command.equals("stamp") ? List.of() : Migrator.sessionSettings(connection, run);
                    }

                    /** The targets' asynchronous commits made durable, once per worker's connection. */
                    @Override
                    public List<String> sessionEnd() {
                        return Migrator.sessionEnd();
                    }
                });
        List<TargetResult> results = shared.isEmpty() ? tenants.get() : shared.get().around(command,
                options.patterns().isEmpty(), targets, tenants, () -> shared.get().run(command, map, run,
                        t -> stateCheck(map, t), migrator -> move.run(null, migrator, null), listener), listener);
        return new FleetReport(command, goal, results, millisSince(start));
    }

    /** A target's listener that remembers whether the fleet ended its run before its goal. */
    private static final class CutShort implements MigrationListener {
        private final MigrationListener fleet;
        private boolean cut;

        CutShort(MigrationListener fleet) {
            this.fleet = fleet;
        }

        @Override
        public boolean stopRequested() {
            cut |= fleet.stopRequested();
            return cut;
        }

        @Override
        public void stateRead(VersionState state) {
            fleet.stateRead(state);
        }

        @Override
        public void warning(String message) {
            fleet.warning(message);
        }
    }

    /** Reads the scripts once on this thread, so the workers share the graph and never race to read it. */
    private RevisionMap prepare() {
        project.startConnecting();
        return project.revisions();
    }

    private StateCheck stateCheck(RevisionMap map, VersionTable table) {
        return migrations.stateCheck(map, table, this::checksumOf);
    }

    /** One file read per revision for the whole fleet, whichever worker asks first. */
    private String checksumOf(String id) {
        String known = checksums.get(id);
        if (known != null) {
            return known;
        }
        synchronized (this) {
            return checksums.computeIfAbsent(id, migrations::checksumOf);
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
