package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.compare.CompareOptions;
import io.wsmigrate.compare.CompareResult;
import io.wsmigrate.compare.RenameCandidate;
import io.wsmigrate.compare.SchemaComparator;
import io.wsmigrate.config.LoggingConfigurer;
import io.wsmigrate.db.DatabaseException;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.revision.RevisionIds;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.MigrationException;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.speed.Overlapped;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code revision --autogenerate} and {@code check}: diff the package's entities against PostgreSQL. */
public final class AutogenerateCommands {
    private static final SecureRandom RANDOM = new SecureRandom();
    private final Project project;
    /** Whether the live side is the fleet's reference target rather than the configured database. */
    private final boolean onReference;
    private final String referenceName;

    public AutogenerateCommands(Project project) {
        this(project, false, null);
    }

    private AutogenerateCommands(Project project, boolean onReference, String referenceName) {
        this.project = project;
        this.onReference = onReference;
        this.referenceName = referenceName;
    }

    /**
     * The same commands comparing with one target of the settings' fleet: {@code name}, else
     * {@code targets.reference}, else the first target. Without a targets section, the configured
     * database, and {@code name} is refused.
     */
    public AutogenerateCommands onReferenceTarget(String name) {
        if (project.settings().targets().isEmpty()) {
            if (name != null) {
                throw new WsMigrateException(ExitCode.USAGE, "--target names a target of the settings' targets"
                        + " section, and " + project.settings().file() + " has none; leave it out");
            }
            return this;
        }
        return new AutogenerateCommands(project, true, name);
    }

    /** What to compare against: the live database (at head), or the scripts replayed into a scratch database. */
    public enum Against { DATABASE, SCRIPTS }

    public record DiffOptions(Against against, boolean allPackages, Map<String, String> renameHints,
                              boolean concurrentIndexes, boolean notValidForeignKeys) {
        public DiffOptions {
            against = against == null ? Against.DATABASE : against;
            renameHints = Map.copyOf(renameHints == null ? Map.of() : renameHints);
        }

        public static DiffOptions defaults() {
            return new DiffOptions(Against.DATABASE, false, Map.of(), false, false);
        }
    }

    /** Answers whether a possible rename is one; only an interactive terminal asks a person. */
    public interface RenameDecider {
        RenameDecider NEVER = candidate -> false;

        boolean isRename(RenameCandidate candidate);
    }

    /**
     * The diff's outcome: the revision files written, in the order they run (none when nothing
     * differs; more than one when production-safe forms need revisions of their own).
     */
    public record Result(CompareResult comparison, List<Path> files, List<String> unowned,
                         List<String> unscriptedDrops) {
        public Result {
            files = List.copyOf(files);
            unowned = List.copyOf(unowned);
            unscriptedDrops = List.copyOf(unscriptedDrops);
        }

        public Result(CompareResult comparison, List<Path> files) {
            this(comparison, files, List.of(), List.of());
        }

        /** The first revision written, or null when nothing was. */
        public Path file() {
            return files.isEmpty() ? null : files.get(0);
        }
    }

    /** {@code check}: the differences between the models and the schema, written nowhere. */
    public CompareResult check(DiffOptions options) {
        return checkWithNotices(options).comparison();
    }

    /** {@code check}'s differences, and the objects of the compared schemas that no package owns. */
    public Result checkWithNotices(DiffOptions options) {
        Diff diff = diff(options, RenameDecider.NEVER);
        return new Result(diff.result(), List.of(), diff.unowned(), List.of());
    }

    /** {@code revision --autogenerate}: writes a revision when there are differences. */
    public Result revision(RevisionCommands.RevisionRequest request, DiffOptions options, RenameDecider decider) {
        RevisionCommands revisions = new RevisionCommands(project);
        List<String> parents = revisions.parentsFor(request);
        Diff diff = diff(options, decider);
        CompareResult result = diff.result();
        if (result.isEmpty()) {
            return new Result(result, List.of(), diff.unowned(), List.of());
        }
        // before the new file joins the history: its own text names everything it drops
        List<String> unscripted = options.against() == Against.DATABASE
                ? UnscriptedNames.in(project, result.plan().upgrade()) : List.of();
        Set<String> newSchemas = NewSchemas.of(result.plan(), diff.database().schemaNames());
        List<SafeRevisionParts.Part> parts = new ArrayList<>(
                SafeRevisionParts.split(result.plan(), RevisionHeader.lines(result, newSchemas, diff.unowned())));
        parts.set(0, withSchemas(parts.get(0), newSchemas));
        List<Path> files = new ArrayList<>();
        RevisionCommands.RevisionRequest next = request;
        for (SafeRevisionParts.Part part : parts) {
            String id = next.revisionId() != null ? next.revisionId() : RevisionIds.newId(RANDOM);
            RevisionCommands.RevisionRequest partRequest = new RevisionCommands.RevisionRequest(
                    next.message() + part.suffix(), id, next.head(), next.splice(), next.branchLabels(), next.dependsOn());
            files.add(revisions.write(partRequest, parents, part.header(), part.upgrade(), part.downgrade(),
                    part.transactional()));
            parents = List.of(id);
            next = new RevisionCommands.RevisionRequest(request.message(), null, id, false, List.of(), List.of());
        }
        return new Result(result, files, diff.unowned(), unscripted);
    }

    /** The first revision creates the schemas new tables need, and its downgrade drops them if empty. */
    private static SafeRevisionParts.Part withSchemas(SafeRevisionParts.Part part, Set<String> newSchemas) {
        List<Map<String, Object>> upgrade = new ArrayList<>(NewSchemas.create(newSchemas));
        upgrade.addAll(part.upgrade());
        List<Map<String, Object>> downgrade = new ArrayList<>(part.downgrade());
        downgrade.addAll(NewSchemas.dropIfEmpty(newSchemas));
        return new SafeRevisionParts.Part(part.suffix(), part.header(), upgrade, downgrade, part.transactional());
    }

    /** A comparison, the database it was made against, and what of it no package owns. */
    private record Diff(CompareResult result, DatabaseSide database, List<String> unowned) {
    }

    /**
     * The database side of a diff: its tables and sequences, every schema it holds (empty ones too),
     * its server's major version, which the entities' DDL may depend on, and whether it is a tenant
     * schema (read as the default schema, so the entities are mapped as a tenant sees them).
     */
    record DatabaseSide(SchemaModel schema, Set<String> schemaNames, int serverMajor, boolean tenant) {
        DatabaseSide(SchemaModel schema, Set<String> schemaNames, int serverMajor) {
            this(schema, schemaNames, serverMajor, false);
        }

        DatabaseSide withSchema(SchemaModel other) {
            return new DatabaseSide(other, schemaNames, serverMajor, tenant);
        }
    }

    /** Whether {@code options}, the settings or the environment ask for every package's entities. */
    boolean allPackages(DiffOptions options) {
        return options.allPackages() || project.settings().migrations().allPackages()
                || "true".equalsIgnoreCase(project.environment().get("WS_MIGRATE_ALL_PACKAGES"));
    }

    /** How the entities are compared with a database: only the package's objects, with the options' forms. */
    static CompareOptions compareOptions(PackageOwnership ownership, DiffOptions options) {
        return CompareOptions.owning(ownership.owned())
                .withRenameHints(options.renameHints())
                .withConcurrentIndexes(options.concurrentIndexes())
                .withNotValidForeignKeys(options.notValidForeignKeys());
    }

    private Diff diff(DiffOptions options, RenameDecider decider) {
        project.settings().database(); // its problem, if any, before Hibernate boots: every side needs the section
        boolean allPackages = allPackages(options);
        // the live catalog is read while Hibernate boots; the scratch database replays after it
        LoggingConfigurer.startNow(); // Hibernate and an embedded server both log, from two threads
        Overlapped<DatabaseSide> live = options.against() == Against.DATABASE
                ? Overlapped.start("ws-migrate-introspect", this::liveSchemaAtHead) : null;
        SchemaModel model;
        DatabaseSide database;
        try {
            EntitySide.Sides sides = EntitySide.read(project.entityModelCache(allPackages),
                    () -> loadEntities(allPackages), live != null ? live::join : () -> schemaAtHead(allPackages));
            model = sides.model();
            database = sides.database();
            if (database.tenant()) {
                List<String> shared = project.settings().targets().sharedSchemas();
                database = database.withSchema(TenantModel.database(database.schema(),
                        TenantModel.unmigrated(model, shared)));
                model = TenantModel.withShared(model, shared);
            }
            model = CitusPlacements.apply(model, project.settings().migrations().citus(), project.settings().file(),
                    database.schema());
        } catch (RuntimeException | Error e) {
            if (live != null) {
                live.awaitQuietly();
            }
            throw e;
        }
        PackageOwnership ownership = new PackageOwnership(project, model);
        CompareOptions compare = compareOptions(ownership, options);
        CompareResult result = SchemaComparator.compare(database.schema(), model, compare);
        Map<String, String> accepted = acceptedRenames(result.renameCandidates(), decider);
        List<String> unowned = ownership.unowned(database.schema());
        if (accepted.isEmpty()) {
            return new Diff(result, database, unowned);
        }
        Map<String, String> hints = new LinkedHashMap<>(options.renameHints());
        hints.putAll(accepted);
        return new Diff(SchemaComparator.compare(database.schema(), model, compare.withRenameHints(hints)), database,
                unowned);
    }

    private static Map<String, String> acceptedRenames(List<RenameCandidate> candidates, RenameDecider decider) {
        Map<String, String> accepted = new LinkedHashMap<>();
        for (RenameCandidate candidate : candidates) {
            if (decider.isRename(candidate)) {
                String hint = candidate.hint();
                int eq = hint.indexOf('=');
                accepted.put(hint.substring(0, eq), hint.substring(eq + 1));
            }
        }
        return accepted;
    }

    /**
     * The entities of the package, or of every package. Scanning one package leaves out the entities
     * of others, so an association into another package cannot be mapped: say how to include them.
     */
    EntityModel loadEntities(boolean allPackages) {
        try {
            return project.entities(allPackages);
        } catch (WsMigrateException e) {
            String message = e.getMessage();
            boolean crossPackage = message.contains("does not belong to the same persistence unit")
                    || message.contains("unknown entity");
            if (allPackages || e.exitCode() != ExitCode.MODEL || !crossPackage) {
                throw e;
            }
            throw new WsMigrateException(ExitCode.MODEL, message + "; if it is an entity of another package, compare"
                    + " every package's entities with --all-packages (or WS_MIGRATE_ALL_PACKAGES=true, or"
                    + " migrations.all_packages: true)", e);
        }
    }

    /** The live database, which must be at head: otherwise the diff would re-create pending revisions. */
    private DatabaseSide liveSchemaAtHead() {
        if (onReference) {
            return ReferenceTarget.read(project, referenceName);
        }
        Connection connection = project.connection();
        RevisionMap map = project.revisions();
        Set<String> current = project.versionTable().read(connection).heads();
        if (!map.isAtHeads(current)) {
            throw new WsMigrateException(ExitCode.REVISION, "the database is not up to date: it is at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + ", the scripts' heads are "
                    + String.join(", ", map.heads()) + "; run `ws-migrate upgrade heads` first, or compare against the"
                    + " scripts replayed into a scratch database with --against scripts");
        }
        return introspect(connection);
    }

    /**
     * The schema the package's scripts produce, replayed into a throwaway database. The scratch
     * database holds nothing else, so a revision that refers to another package's tables (written
     * with every package's entities) cannot replay there: say so rather than seem to fail on the
     * user's database.
     */
    private DatabaseSide schemaAtHead(boolean allPackages) {
        try (ScratchDatabase scratch = ScratchDatabase.start(ScratchDatabase.majorFor(project, Optional.empty()))) {
            if (!project.revisions().all().isEmpty()) {
                replay(scratch, allPackages);
            }
            return introspect(scratch.connection());
        }
    }

    private void replay(ScratchDatabase scratch, boolean allPackages) {
        try {
            new MigrationCommands(project).upgradeOn(scratch.connection(), "heads");
        } catch (MigrationException e) {
            throw new WsMigrateException(e.exitCode(), "cannot replay the scripts into a scratch database for"
                    + " --against scripts (the configured database was not touched): " + ScratchDatabase.replayFailure(e)
                    + (allPackages ? "; revisions that refer to other packages' tables only replay where those"
                    + " tables exist: upgrade the configured database and compare against it (--against database)"
                    : ""), e);
        }
    }

    private DatabaseSide introspect(Connection connection) {
        return new DatabaseSide(PackageCatalog.read(project, connection), CatalogIntrospector.schemaNames(connection),
                serverMajor(connection));
    }

    static int serverMajor(Connection connection) {
        try {
            return connection.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            throw DatabaseException.of("cannot read the server's version", e);
        }
    }

}
