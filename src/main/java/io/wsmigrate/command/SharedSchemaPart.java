package io.wsmigrate.command;

import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.runtime.SharedChanges;
import io.wsmigrate.runtime.StateCheck;
import io.wsmigrate.runtime.StepCompiler;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The part of the revisions that changes the schemas all tenants share ({@code targets.shared_schemas}):
 * run once for a fleet of tenant schemas, on the configured database, with a version table and an
 * advisory lock of its own (the {@link #versionTable} in the first shared schema). Upgrades and
 * stamps run it before the tenants, so their foreign keys find the shared tables; downgrades after
 * every tenant is down. The tenants run the rest of each revision.
 */
final class SharedSchemaPart {
    /** Never a table of the entities: the catalog readers leave out every {@code ws_migrate_} table. */
    static final String TABLE_PREFIX = "ws_migrate_shared_";
    static final String KIND = "shared";
    private final Project project;
    private final MigrationCommands migrations;
    private final SharedChanges changes;
    private final VersionTable table;

    private SharedSchemaPart(Project project, MigrationCommands migrations, List<String> sharedSchemas) {
        this.project = project;
        this.migrations = migrations;
        this.changes = new SharedChanges(sharedSchemas);
        this.table = versionTable(project.versionTable(), sharedSchemas.get(0));
    }

    /**
     * The shared part of a fleet of {@code targets}: present when the settings name shared schemas,
     * the fleet has tenant schemas, and the part has ever had anything to run (its version table
     * exists, or a revision changes a shared schema).
     */
    static Optional<SharedSchemaPart> of(Project project, MigrationCommands migrations, RevisionMap map,
                                         List<FleetTarget> targets) {
        return of(project, migrations, map, targets, true);
    }

    /** As {@link #of(Project, MigrationCommands, RevisionMap, List)}; {@code online} false: never asks the database. */
    static Optional<SharedSchemaPart> of(Project project, MigrationCommands migrations, RevisionMap map,
                                         List<FleetTarget> targets, boolean online) {
        List<String> shared = project.settings().targets().sharedSchemas();
        if (shared.isEmpty() || targets.stream().noneMatch(FleetTarget.Schema.class::isInstance)) {
            return Optional.empty();
        }
        SharedSchemaPart part = new SharedSchemaPart(project, migrations, shared);
        return online && part.table.exists(project.connection()) || part.anyRevisionChangesIt(map) ? Optional.of(part)
                : Optional.empty();
    }

    /** The shared part's version table: the package's, renamed, in the first shared schema. */
    static VersionTable versionTable(VersionTable packageTable, String schema) {
        String name = packageTable.name().name();
        String base = name.startsWith("ws_migrate_") ? name.substring("ws_migrate_".length()) : name;
        return new VersionTable(new QualifiedName(schema, TABLE_PREFIX + base), packageTable.owner());
    }

    VersionTable versionTable() {
        return table;
    }

    private boolean anyRevisionChangesIt(RevisionMap map) {
        for (Revision revision : map.all()) {
            if (changes.hasShared(project.scripts().load(revision.id()))) {
                return true;
            }
        }
        return false;
    }

    /** The compiler of the tenants' part of each revision. */
    StepCompiler tenantCompiler() {
        return migrations.compiler(changes::tenantPart);
    }

    /** The compiler of the shared part of each revision. */
    StepCompiler sharedCompiler() {
        return migrations.compiler(changes::sharedPart);
    }

    /** The report's name of the shared part: its schema. */
    String name() {
        return table.name().schema();
    }

    /**
     * Runs {@code move} on the shared part, on a connection of its own; a failure is its one-line
     * error in the result, as a target's is.
     */
    TargetResult run(String command, RevisionMap map, MigrationOptions options, Function<VersionTable, StateCheck> check,
                     Function<Migrator, RunResult> move, FleetListener listener) {
        long start = System.nanoTime();
        MigrationListener perRun = new MigrationListener() {
            @Override
            public boolean stopRequested() {
                return Interruption.received().isPresent();
            }

            @Override
            public void warning(String message) {
                listener.warning(name(), message);
            }
        };
        try (Connection connection = project.database().connect()) {
            if (!command.equals("downgrade")) {
                createSchema(connection);
            }
            RunResult result = move.apply(new Migrator(connection, table, map, sharedCompiler(), check.apply(table),
                    options, perRun));
            TargetResult.Status status = result.steps().isEmpty() && !command.equals("stamp")
                    ? TargetResult.Status.UNCHANGED : TargetResult.Status.DONE;
            return new TargetResult(name(), KIND, status, result.headsBefore(), result.headsAfter(), millisSince(start),
                    null);
        } catch (SQLException e) {
            return failed(start, DatabaseException.of("cannot close the connection", e));
        } catch (RuntimeException e) {
            return failed(start, e);
        }
    }

    /** Where the shared part is: {@code UNCHANGED} at the scripts' heads, {@code BEHIND} elsewhere. */
    TargetResult where(RevisionMap map, StateCheck check) {
        long start = System.nanoTime();
        try {
            Connection connection = project.connection();
            var state = table.exists(connection) ? table.read(connection) : null;
            Set<String> heads = state == null ? Set.of() : state.heads();
            if (state != null) {
                check.requireKnown(state);
            }
            return new TargetResult(name(), KIND, map.isAtHeads(heads) ? TargetResult.Status.UNCHANGED
                    : TargetResult.Status.BEHIND, heads, heads, millisSince(start), null);
        } catch (RuntimeException e) {
            return failed(start, e);
        }
    }

    /** The shared part left alone, because a tenant did not reach the goal (or was not selected). */
    TargetResult notStarted() {
        return new TargetResult(name(), KIND, TargetResult.Status.NOT_STARTED, null, null, 0, null);
    }

    private TargetResult failed(long start, RuntimeException e) {
        return new TargetResult(name(), KIND, TargetResult.Status.FAILED, null, null, millisSince(start),
                FleetRunner.oneLine(e));
    }

    /**
     * Runs the shared part and the tenants' ({@code tenants}) in the order the command needs:
     * upgrades and stamps the shared part first (no tenant starts when it fails), downgrades it last
     * and only when every tenant of the fleet ({@code everyTarget}) reached the goal.
     */
    List<TargetResult> around(String command, boolean everyTarget, List<FleetTarget> targets,
                              Supplier<List<TargetResult>> tenants, Supplier<TargetResult> shared,
                              FleetListener listener) {
        List<TargetResult> results = new ArrayList<>();
        if (!command.equals("downgrade")) {
            TargetResult first = shared.get();
            results.add(first);
            if (first.status().reachedGoal()) {
                results.addAll(tenants.get());
            } else {
                targets.forEach(t -> results.add(TargetResult.notStarted(t)));
            }
            return results;
        }
        results.addAll(tenants.get());
        if (!everyTarget) {
            listener.warning(name(), "the shared schema stays where it is, since the tenants not selected may still"
                    + " use it; it goes down with `downgrade --all-targets`");
        } else {
            results.add(results.stream().allMatch(r -> r.status().reachedGoal()) ? shared.get() : notStarted());
        }
        return results;
    }

    /** Creates the shared schemas the database lacks (asking first: creating needs a privilege). */
    private void createSchema(Connection connection) {
        for (String schema : project.settings().targets().sharedSchemas()) {
            try (var exists = connection.prepareStatement(
                    "SELECT 1 FROM pg_catalog.pg_namespace WHERE nspname OPERATOR(pg_catalog.=) ?")) {
                exists.setString(1, schema);
                try (var rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                try (Statement s = connection.createStatement()) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.alwaysQuote(schema));
                }
            } catch (SQLException e) {
                throw DatabaseException.of("cannot create the shared schema " + schema, e);
            }
        }
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
