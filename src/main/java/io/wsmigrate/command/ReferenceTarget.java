package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.AutogenerateCommands.DatabaseSide;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.schema.SchemaModel;
import java.sql.Connection;
import java.util.List;
import java.util.Set;

/**
 * The target of a fleet that {@code revision --autogenerate} compares the entities with: the one
 * {@code --target} names, else {@code targets.reference}, else the first target. A tenant schema
 * is read as the entities see it (its own schema as the default one, the shared schemas as they
 * are), so the revision names no tenant's schema and applies to every target; its changes to shared
 * schemas are written schema-qualified, and a fleet runs them once.
 */
final class ReferenceTarget {
    private ReferenceTarget() {
    }

    /** The reference target's schema, once it is at the scripts' heads. */
    static DatabaseSide read(Project project, String name) {
        FleetTarget target = choose(project, name);
        RevisionMap map = project.revisions();
        try (TargetConnections connections = new TargetConnections(project)) {
            Connection connection = connections.open(target);
            Set<String> current = target.versionTable(project.versionTable()).read(connection).heads();
            if (!map.isAtHeads(current)) {
                throw new WsMigrateException(ExitCode.REVISION, "the reference target " + target.name() + " is not"
                        + " up to date: it is at " + (current.isEmpty() ? "base" : String.join(", ", current))
                        + ", the scripts' heads are " + String.join(", ", map.heads()) + "; run `ws-migrate upgrade"
                        + " heads --target " + target.name() + "` first, or compare with another target (--target NAME)");
            }
            if (target instanceof FleetTarget.Schema && !project.settings().targets().sharedSchemas().isEmpty()) {
                requireSharedAtHeads(project, connection, map);
            }
            Set<String> schemaNames = CatalogIntrospector.schemaNames(connection);
            int major = AutogenerateCommands.serverMajor(connection);
            if (target instanceof FleetTarget.Schema schema) {
                SchemaModel tenant = TenantCatalogs.read(project, connection, List.of(schema.name()),
                        schema.sharedSchemas()).asPackage(schema.name());
                // the shared schemas are left out once the entities say which of them the package migrates
                return new DatabaseSide(tenant, schemaNames, major, true);
            }
            return new DatabaseSide(PackageCatalog.read(project, connection), schemaNames, major, false);
        }
    }

    /** The shared schemas are compared with the reference tenant: their part must be at heads too. */
    private static void requireSharedAtHeads(Project project, Connection connection, RevisionMap map) {
        VersionTable shared = SharedSchemaPart.versionTable(project.versionTable(),
                project.settings().targets().sharedSchemas().get(0));
        Set<String> heads = shared.exists(connection) ? shared.read(connection).heads() : Set.of();
        if (!heads.isEmpty() && !map.isAtHeads(heads)) {
            throw new WsMigrateException(ExitCode.REVISION, "the shared schemas are not up to date: "
                    + shared.name() + " is at " + String.join(", ", heads) + ", the scripts' heads are "
                    + String.join(", ", map.heads()) + "; run `ws-migrate upgrade heads --all-targets` first");
        }
    }

    private static FleetTarget choose(Project project, String name) {
        String chosen = name != null ? name : project.settings().targets().reference();
        List<FleetTarget> targets = new FleetResolver(project).resolve(List.of());
        if (chosen == null) {
            if (targets.isEmpty()) {
                throw new WsMigrateException(ExitCode.CONFIG, "the targets section names no target to compare the"
                        + " entities with (its query returned none); name one with --target NAME");
            }
            return targets.get(0);
        }
        return targets.stream().filter(t -> t.name().equals(chosen)).findFirst().orElseThrow(() ->
                new WsMigrateException(name != null ? ExitCode.USAGE : ExitCode.CONFIG, (name != null ? "--target "
                        : "targets.reference: ") + chosen + " is no target of the settings (" + targets.size()
                        + " targets); list them with `ws-migrate current --all-targets`"));
    }
}
