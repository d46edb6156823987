package io.wsmigrate.command;

import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.compare.CompareResult;
import io.wsmigrate.compare.SchemaComparator;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.schema.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check} of a fleet's shared schemas, once for the fleet: the entities' objects in the shared
 * schemas they use compared with those schemas, after the shared part is at the scripts' heads. The
 * tenants' comparisons leave the shared schemas out, so a shared difference is reported once.
 */
final class SharedSchemaCheck {
    private SharedSchemaCheck() {
    }

    /** The shared schemas' row of the report; empty when the entities have nothing in a shared schema. */
    static Optional<TargetResult> check(Project project, Connection connection, SchemaModel entities, RevisionMap map,
                                        DiffOptions diff, List<FleetTarget> targets) {
        List<String> shared = project.settings().targets().sharedSchemas();
        List<String> unmigrated = TenantModel.unmigrated(entities, shared);
        List<String> migrated = shared.stream().filter(s -> !unmigrated.contains(s)).toList();
        if (migrated.isEmpty() || targets.stream().noneMatch(FleetTarget.Schema.class::isInstance)) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        VersionTable table = SharedSchemaPart.versionTable(project.versionTable(), shared.get(0));
        String name = table.name().schema();
        Set<String> heads = table.exists(connection) ? table.read(connection).heads() : Set.of();
        if (!map.isAtHeads(heads)) {
            return Optional.of(new TargetResult(name, SharedSchemaPart.KIND, TargetResult.Status.FAILED, heads, heads,
                    millisSince(start), "not up to date: it is at " + (heads.isEmpty() ? "base"
                    : String.join(", ", heads)) + ", the scripts' heads are " + String.join(", ", map.heads())
                    + "; run `ws-migrate upgrade heads --all-targets` first"));
        }
        String versionTable = project.versionTable().name().name();
        SchemaModel catalog = CatalogIntrospector.introspect(connection, new IntrospectOptions(migrated,
                n -> !n.name().equals(versionTable) && !n.name().startsWith("ws_migrate_")));
        SchemaModel model = entities.filter(n -> migrated.contains(n.schema()));
        CompareResult result = SchemaComparator.compare(catalog, model,
                AutogenerateCommands.compareOptions(new PackageOwnership(project, model), diff));
        return Optional.of(new TargetResult(name, SharedSchemaPart.KIND, result.isEmpty()
                ? TargetResult.Status.UNCHANGED : TargetResult.Status.BEHIND, heads, heads, millisSince(start),
                result.isEmpty() ? null : FleetChecks.finding(result)));
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
