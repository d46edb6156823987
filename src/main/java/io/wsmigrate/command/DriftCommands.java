package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.compare.Drift;
import io.wsmigrate.compare.DriftComparator;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.MigrationException;
import io.wsmigrate.schema.SchemaModel;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code check --drift}, {@code stamp --check-drift} and {@code revision --autogenerate --converge}:
 * the database against what its scripts create at the revisions it is at, names of keys,
 * constraints and indexes included. The scripts are replayed into a throwaway embedded PostgreSQL,
 * as {@code --against scripts} does; the configured database is only read.
 */
public final class DriftCommands {
    private final Project project;

    public DriftCommands(Project project) {
        this.project = project;
    }

    /** The drift of the database from the scripts replayed to {@code revisions}. */
    public record Report(Set<String> revisions, List<Drift> drifts) {
        public Report {
            revisions = Set.copyOf(revisions);
            drifts = List.copyOf(drifts);
        }

        public boolean isEmpty() {
            return drifts.isEmpty();
        }
    }

    /** Which side keeps its names when converging. */
    public enum Truth { SCRIPTS, DATABASE }

    /** A convergence: the revision written (null when nothing could be converged) and what it leaves. */
    public record Convergence(Report report, Path file, List<Drift> converged, List<Drift> left) {
        public Convergence {
            converged = List.copyOf(converged);
            left = List.copyOf(left);
        }
    }

    /** {@code check --drift}: the database against the scripts at the revisions its version table holds. */
    public Report check() {
        Set<String> heads = new MigrationCommands(project).current().state().heads();
        return new Report(heads, drifts(project.connection(), heads));
    }

    /** {@code stamp --check-drift}: the database against the scripts at the revisions a stamp would record. */
    public Report checkAt(List<String> targets) {
        project.startConnecting();
        RevisionMap map = project.revisions();
        Set<String> revisions = new TreeSet<>();
        for (String target : targets) {
            revisions.addAll(map.resolve(target, Set.of()));
        }
        return new Report(map.headsOf(revisions), drifts(project.connection(), map.headsOf(revisions)));
    }

    /**
     * Writes a revision that renames the drifted objects to the scripts' names ({@link Truth#SCRIPTS})
     * or, on databases built from the scripts, to this database's names ({@link Truth#DATABASE}). Its
     * downgrade leaves or puts back the scripts' names: those are what the earlier revisions expect.
     */
    public Convergence converge(RevisionCommands.RevisionRequest request, Truth truth) {
        RevisionCommands revisions = new RevisionCommands(project);
        List<String> parents = revisions.parentsFor(request);
        Report report = check();
        if (!project.revisions().isAtHeads(report.revisions())) {
            throw new WsMigrateException(ExitCode.REVISION, "the database is not at the scripts' heads ("
                    + String.join(", ", project.revisions().heads()) + "): run `ws-migrate upgrade heads` first, so"
                    + " that the convergence revision follows the revisions the database has");
        }
        boolean toScripts = truth == Truth.SCRIPTS;
        List<Drift> converged = new ArrayList<>();
        List<Drift> left = new ArrayList<>();
        for (Drift drift : report.drifts()) {
            boolean renamable = toScripts ? drift.convergible()
                    : drift.kind() == Drift.Kind.CONSTRAINT_NAME || drift.kind() == Drift.Kind.INDEX_NAME;
            (renamable ? converged : left).add(drift);
        }
        if (converged.isEmpty()) {
            return new Convergence(report, null, converged, left);
        }
        List<String> header = ConvergeHeader.lines(converged, left, toScripts);
        Path file = revisions.write(request, parents, header, ConvergeChanges.rename(converged, toScripts),
                toScripts ? List.of() : ConvergeChanges.rename(converged, true), true);
        return new Convergence(report, file, converged, left);
    }

    private List<Drift> drifts(Connection connection, Set<String> revisions) {
        SchemaModel scripts = replayed(revisions, ScratchDatabase.majorFor(project, Optional.of(connection)));
        SchemaModel database = PackageCatalog.read(project, connection);
        if (scripts.distributions().isEmpty() && project.settings().migrations().citus().isEmpty()) {
            // a project that places nothing leaves placements alone: tables distributed by hand are no drift
            database = database.withDistributions(Map.of());
        }
        return DriftComparator.compare(database, scripts);
    }

    /** The schema the scripts create at {@code revisions}, in a scratch database deleted afterwards. */
    private SchemaModel replayed(Set<String> revisions, int major) {
        try (ScratchDatabase scratch = ScratchDatabase.start(major)) {
            MigrationCommands migrations = new MigrationCommands(project);
            for (String revision : new LinkedHashSet<>(new TreeSet<>(revisions))) {
                migrations.upgradeOn(scratch.connection(), revision);
            }
            return PackageCatalog.read(project, scratch.connection());
        } catch (MigrationException e) {
            throw new WsMigrateException(e.exitCode(), "cannot replay the scripts into a scratch database to look"
                    + " for drift (the configured database was not touched): " + ScratchDatabase.replayFailure(e), e);
        }
    }
}
