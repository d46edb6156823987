package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.compare.CompareOptions;
import io.wsmigrate.compare.CompareResult;
import io.wsmigrate.compare.SchemaComparator;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.schema.SchemaModel;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code check} over a fleet: every target compared with the package's entities, which Hibernate
 * builds once. Tenant schemas are read together, one catalog query per object kind for each chunk
 * of a few hundred of them (so memory does not grow with the fleet); tenant databases each on their
 * own connection.
 */
public final class FleetChecks {
    private static final int SHOWN = 3;
    private final Project project;

    public FleetChecks(Project project) {
        this.project = project;
    }

    /** Each target clean ({@code UNCHANGED}), differing ({@code BEHIND}, with its differences) or failed. */
    public FleetReport check(DiffOptions diff, FleetOptions options, FleetListener listener) {
        if (diff.against() != AutogenerateCommands.Against.DATABASE) {
            throw new WsMigrateException(ExitCode.USAGE, "check over a fleet compares each target's database;"
                    + " --against scripts does not depend on the target: run it without --all-targets/--target");
        }
        long start = System.nanoTime();
        project.startConnecting();
        RevisionMap map = project.revisions();
        List<FleetTarget> targets = new FleetResolver(project).resolve(options.patterns());
        AutogenerateCommands autogenerate = new AutogenerateCommands(project);
        Connection connection = project.connection();
        boolean allPackages = autogenerate.allPackages(diff);
        SchemaModel model = EntitySide.modelFor(project.entityModelCache(allPackages),
                () -> autogenerate.loadEntities(allPackages), AutogenerateCommands.serverMajor(connection));
        CompareOptions compare = AutogenerateCommands.compareOptions(new PackageOwnership(project, model), diff);
        TenantCatalogChunks tenants = tenantCatalogs(connection, targets);
        List<String> shared = project.settings().targets().sharedSchemas();
        SchemaModel tenantModel = targets.stream().anyMatch(FleetTarget.Schema.class::isInstance)
                ? TenantModel.entities(model, shared) : model;
        CompareOptions tenantCompare = AutogenerateCommands.compareOptions(new PackageOwnership(project, tenantModel),
                diff);
        List<TargetResult> results = new FleetRunner(project, options, listener).run(targets,
                (target, targetConnection, perTarget) -> {
                    // taken first, so that a target failing below still lets its chunk of catalogs go
                    SchemaModel tenantCatalog = target instanceof FleetTarget.Schema schema
                            ? tenants.asPackage(schema.name()) : null;
                    Set<String> heads = target.versionTable(project.versionTable()).read(targetConnection).heads();
                    requireAtHeads(map, heads);
                    boolean tenant = tenantCatalog != null;
                    SchemaModel database = tenant ? TenantModel.database(tenantCatalog, shared)
                            : PackageCatalog.read(project, targetConnection);
                    CompareResult result = SchemaComparator.compare(database, CitusPlacements.apply(
                            tenant ? tenantModel : model, project.settings().migrations().citus(),
                            project.settings().file(), database), tenant ? tenantCompare : compare);
                    return result.isEmpty() ? new FleetRunner.Outcome(heads, heads, TargetResult.Status.UNCHANGED)
                            : new FleetRunner.Outcome(heads, heads, TargetResult.Status.BEHIND, finding(result));
                });
        List<TargetResult> all = new ArrayList<>(results);
        SharedSchemaCheck.check(project, connection, model, map, diff, targets).ifPresent(row -> all.add(0, row));
        return new FleetReport("check", "the entities", all, (System.nanoTime() - start) / 1_000_000);
    }

    /** The tenant schemas' catalogs, read a chunk of tenants at a time as the workers reach them. */
    private TenantCatalogChunks tenantCatalogs(Connection connection, List<FleetTarget> targets) {
        List<String> names = new ArrayList<>();
        Set<String> shared = new LinkedHashSet<>();
        for (FleetTarget target : targets) {
            if (target instanceof FleetTarget.Schema schema) {
                names.add(schema.name());
                shared.addAll(schema.sharedSchemas());
            }
        }
        return new TenantCatalogChunks(project, connection, names, List.copyOf(shared));
    }

    /** A target behind the scripts would show their pending revisions as differences: say so instead. */
    private static void requireAtHeads(RevisionMap map, Set<String> heads) {
        if (!map.isAtHeads(heads)) {
            throw new WsMigrateException(ExitCode.REVISION, "not up to date: it is at "
                    + (heads.isEmpty() ? "base" : String.join(", ", heads)) + ", the scripts' heads are "
                    + String.join(", ", map.heads()) + "; run `ws-migrate upgrade heads` on it first");
        }
    }

    static String finding(CompareResult result) {
        List<String> differences = result.differences();
        return differences.size() + " difference(s): " + String.join("; ", differences.stream().limit(SHOWN).toList())
                + (differences.size() > SHOWN ? "; ..." : "");
    }
}
