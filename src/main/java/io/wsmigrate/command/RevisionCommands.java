package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionIds;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.script.NewRevisionFile;
import io.wsmigrate.script.RevisionScript;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.script.ScriptLocation;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Commands on the scripts folder and its graph: init, revision, merge, heads, branches, history, show. */
public final class RevisionCommands {
    private final Project project;

    public RevisionCommands(Project project) {
        this.project = project;
    }

    /** Creates the scripts folder: {@code folder}, or the configured location when null. */
    public Path init(Path folder) {
        Path target = folder != null ? folder : writableFolder();
        ScriptDirectory.init(target);
        project.scriptsChanged();
        return target;
    }

    /**
     * What a new revision is based on. {@code head} is {@code head} by default; {@code base}
     * starts a new root; {@code splice} allows a parent that is not a head.
     */
    public record RevisionRequest(String message, String revisionId, String head, boolean splice,
                                  List<String> branchLabels, List<String> dependsOn) {
        public RevisionRequest {
            head = head == null || head.isBlank() ? "head" : head;
            branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
            dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        }
    }

    /** Writes an empty revision on top of the requested head; returns the new file. */
    public Path revision(RevisionRequest request) {
        return write(request, parentsFor(request), List.of(), List.of(), List.of(), true);
    }

    /** Writes a revision with the given changes (used by autogenerate). */
    Path write(RevisionRequest request, List<String> parents, List<String> headerComments,
               List<Map<String, Object>> upgrade, List<Map<String, Object>> downgrade, boolean transactional) {
        writableFolder();
        RevisionMap map = project.revisions();
        String id = request.revisionId() != null ? request.revisionId() : RevisionIds.newId(Ids.RANDOM);
        if (map.get(id).isPresent()) {
            throw new WsMigrateException(ExitCode.REVISION, "revision id " + id + " already exists ("
                    + map.get(id).get().source() + "); choose another --rev-id");
        }
        List<String> dependsOn = new ArrayList<>();
        for (String dependency : request.dependsOn()) {
            dependsOn.addAll(map.resolve(dependency, Set.of()));
        }
        // The graph's own checks (label spelling, labels used twice) before a file exists: a file
        // the graph then refused would break every later command until edited by hand.
        List<Revision> withNew = new ArrayList<>(map.all());
        withNew.add(new Revision(id, parents, request.branchLabels(), dependsOn, request.message(),
                "the new revision"));
        RevisionMap.of(withNew);
        Path path = project.scripts().write(new NewRevisionFile(id, parents, request.branchLabels(), dependsOn,
                request.message(), project.clock().instant(), transactional, headerComments, upgrade, downgrade));
        project.scriptsChanged();
        return path;
    }

    /** The parents of a new revision, checked the way Alembic checks them. */
    List<String> parentsFor(RevisionRequest request) {
        RevisionMap map = project.revisions();
        if (request.head().equals("base")) {
            return List.of();
        }
        if (map.all().isEmpty()) {
            return List.of();
        }
        Set<String> resolved = map.resolve(request.head(), Set.of());
        for (String parent : resolved) {
            if (!map.heads().contains(parent) && !request.splice()) {
                throw new WsMigrateException(ExitCode.REVISION, "revision " + parent + " is not a head; pass --splice"
                        + " to start a new branch from it, or use --head head");
            }
        }
        return List.copyOf(resolved);
    }

    /** A merge revision with the given revisions (or {@code heads}) as parents. */
    public Path merge(List<String> revisions, RevisionRequest request) {
        RevisionMap map = project.revisions();
        Set<String> parents = new LinkedHashSet<>();
        for (String revision : revisions) {
            parents.addAll(map.resolve(revision, Set.of()));
        }
        if (parents.size() < 2) {
            throw new WsMigrateException(ExitCode.REVISION, "a merge needs two or more revisions; "
                    + (map.heads().size() < 2 ? "there is only one head" : "name them, or use `merge heads`"));
        }
        return write(request, List.copyOf(parents), List.of(), List.of(), List.of(), true);
    }

    public List<Revision> heads() {
        RevisionMap map = project.revisions();
        return map.heads().stream().map(id -> map.get(id).orElseThrow()).toList();
    }

    public List<Revision> branchPoints() {
        return project.revisions().branchPoints();
    }

    /** The revision graph of the scripts folder, read from the files' headers. */
    public RevisionMap graph() {
        return project.revisions();
    }

    /** Revisions of a range such as {@code base:head}, newest first; {@code current} needs the database. */
    public List<Revision> history(String range, Set<String> currentHeads) {
        return project.revisions().range(range == null ? ":" : range, currentHeads);
    }

    /**
     * What {@code history} shows: the {@code revisions} of a range, newest first, and their
     * {@code graph}; {@code current}, the revisions the database is at (empty when not read);
     * {@code changed}, applied revisions whose file changed after they ran; and {@code warnings}.
     */
    public record History(List<Revision> revisions, RevisionMap graph, Set<String> current, Set<String> changed,
                          List<String> warnings) {
        public History {
            revisions = List.copyOf(revisions);
            current = Set.copyOf(current);
            changed = Set.copyOf(changed);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * The history of {@code range} ({@code START:END}, null for all). The database is read when
     * {@code readCurrent} or the range names {@code current}. With {@code compareChecksums} the
     * applied revisions' checksums are compared when the database can be reached; when it cannot,
     * the history is still shown, with a warning that says why they were not compared.
     */
    public History history(String range, boolean readCurrent, boolean compareChecksums) {
        boolean needsDatabase = readCurrent || (range != null && range.contains("current"));
        Set<String> current = needsDatabase ? project.versionTable().read(project.connection()).heads() : Set.of();
        RevisionMap map = project.revisions();
        List<Revision> revisions = history(range, current);
        Set<String> changed = Set.of();
        List<String> warnings = new ArrayList<>();
        if (compareChecksums && project.settings().readableDatabase().isEmpty()) {
            // the graph's commands run without the database's settings; the comparison needs them
            warnings.add("checksums not compared with the applied revisions: " + project.settings().databaseProblem());
        } else if (compareChecksums) {
            try {
                changed = new MigrationCommands(project).changedRevisions();
            } catch (WsMigrateException e) {
                if (e.exitCode() != ExitCode.DATABASE) {
                    throw e;
                }
                warnings.add("checksums not compared with the applied revisions: " + e.getMessage());
            }
        }
        return new History(revisions, map, current, changed, warnings);
    }

    /** One revision's script; {@code current} is the revision the database is at, read from its version table. */
    public RevisionScript show(String target) {
        RevisionMap map = project.revisions();
        boolean current = target.trim().startsWith("current");
        Set<String> heads = current ? project.versionTable().read(project.connection()).heads() : Set.of();
        Set<String> ids = map.resolve(target, heads);
        if (ids.isEmpty()) {
            throw new WsMigrateException(ExitCode.REVISION, current
                    ? "the database is at base (no revision applied): there is no current revision to show"
                    : "`" + target + "` names no revision (base is the state before the first one); show takes one"
                    + " revision: an id or its prefix, head, or label@head");
        }
        if (ids.size() != 1) {
            throw new WsMigrateException(ExitCode.REVISION, "`" + target + "` names " + ids.size()
                    + " revisions (" + String.join(", ", new java.util.TreeSet<>(ids)) + "); show takes one: give one"
                    + " of these ids");
        }
        return project.scripts().load(ids.iterator().next());
    }

    private Path writableFolder() {
        ScriptLocation location = project.scriptLocation();
        if (location instanceof ScriptLocation.Folder folder) {
            return folder.path();
        }
        throw new WsMigrateException(ExitCode.REVISION, "the scripts folder " + location.describe()
                + " is inside the classpath and read-only; write revisions in the library's source tree");
    }

    /**
     * Seeded on first use, not when the class loads: history, heads and show use this class too,
     * and seeding a SecureRandom (security providers, the system's entropy) costs them ~15 ms.
     */
    private static final class Ids {
        static final SecureRandom RANDOM = new SecureRandom();
    }
}
