package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.revision.RevisionMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks the version table against the scripts before a run: every applied revision must have a
 * script (else we stop and say how to repair with {@code stamp}), and an applied revision whose
 * file changed since is reported, never rerun.
 */
public final class StateCheck {
    private final RevisionMap map;
    private final String tableName;
    private final String scriptsLocation;
    private final Function<String, Optional<ChecksumSource>> scripts;

    /** What a revision's file hashes to now, and where it is. */
    public record ChecksumSource(String checksum, String path) {
    }

    public StateCheck(RevisionMap map, String tableName, String scriptsLocation,
                      Function<String, Optional<ChecksumSource>> scripts) {
        this.map = map;
        this.tableName = tableName;
        this.scriptsLocation = scriptsLocation;
        this.scripts = scripts;
    }

    public void verify(VersionState state, MigrationListener listener) {
        requireKnown(state);
        changedRevisions(state).forEach(listener::warning);
    }

    /** The warnings of {@link #verify}, for a downgrade that will unapply {@code downgraded}. */
    public void warnChanged(VersionState state, Set<String> downgraded, MigrationListener listener) {
        changedRevisions(state, downgraded).forEach(listener::warning);
    }

    public void requireKnown(VersionState state) {
        List<String> unknown = state.applied().stream().filter(id -> map.get(id).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            String repair = map.heads().isEmpty()
                    ? "there are no revisions there: check migrations.location, or run `ws-migrate stamp --purge base`"
                    + " to forget the recorded ones"
                    : "known heads: " + String.join(", ", map.heads()) + "; if the schema matches one of them, run"
                    + " `ws-migrate stamp --purge <revision>` (back up first)";
            throw new WsMigrateException(ExitCode.REVISION, "the version table " + tableName + " names revision "
                    + String.join(", ", unknown) + " that no script in " + scriptsLocation + " has; " + repair);
        }
        requireConsistent(state);
    }

    /**
     * The rows must be exactly the heads and everything below them: a row deleted or a head flag
     * changed by hand would make the next step's bookkeeping wrong (a downgrade onto a missing row
     * leaves no head at all), so nothing runs until a stamp has put the rows right.
     */
    private void requireConsistent(VersionState state) {
        if (state.isEmpty()) {
            return;
        }
        Set<String> heads = state.heads();
        Set<String> applied = state.applied();
        // one walk of the graph, not three, and no sorted copies: this runs before every command that connects
        Set<String> belowHeads = map.strictlyBelow(heads);
        List<String> problems = new ArrayList<>();
        if (heads.isEmpty()) {
            problems.add("no row is marked as head");
        }
        List<String> missing = new ArrayList<>();
        for (String id : belowHeads) {
            if (!applied.contains(id)) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            missing.sort(null);
            problems.add("no row for " + String.join(", ", missing) + " below head " + String.join(", ", heads));
        }
        List<String> stray = new ArrayList<>();
        for (String id : applied) {
            if (!heads.contains(id) && !belowHeads.contains(id)) {
                stray.add(id);
            }
        }
        if (!stray.isEmpty()) {
            problems.add(String.join(", ", stray) + " has a row but is below no head");
        }
        List<String> covered = heads.stream().filter(belowHeads::contains).toList();
        if (!covered.isEmpty()) {
            problems.add(String.join(", ", covered) + " is marked as head but is below another head");
        }
        if (!problems.isEmpty()) {
            throw new WsMigrateException(ExitCode.REVISION, "the version table " + tableName + " is inconsistent ("
                    + String.join("; ", problems) + "); it was changed outside ws-migrate: if the schema is at "
                    + String.join(", ", map.headsOf(applied)) + ", run `ws-migrate stamp --purge "
                    + String.join(" ", map.headsOf(applied)) + "` (back up first); nothing was run");
        }
    }

    /** One warning per applied revision whose file no longer hashes to the recorded checksum. */
    public List<String> changedRevisions(VersionState state) {
        return changedRevisions(state, Set.of());
    }

    /**
     * As {@link #changedRevisions(VersionState)}; a revision about to be downgraded runs the
     * downgrade of its file as it is now, since the applied version of the file is not kept: say so.
     */
    public List<String> changedRevisions(VersionState state, Set<String> downgraded) {
        List<String> warnings = new ArrayList<>();
        for (AppliedRevision row : state.rows()) {
            changedFile(row).ifPresent(now -> warnings.add("revision " + row.revision() + " (" + now.path()
                    + ") changed after it was applied" + (row.appliedAt() == null ? "" : " on "
                    + row.appliedAt().toLocalDate()) + (downgraded.contains(row.revision())
                    ? "; this downgrade runs the downgrade of the file as it is now (edited), not of the version"
                    + " that was applied: check that it undoes what was applied, or restore the file first"
                    : "; its changes are not rerun: write a new revision for further changes, or restore the file")));
        }
        return warnings;
    }

    /** The ids of the applied revisions whose file changed since; rows no script has are skipped. */
    public Set<String> changedIds(VersionState state) {
        Set<String> changed = new LinkedHashSet<>();
        state.rows().forEach(row -> changedFile(row).ifPresent(now -> changed.add(row.revision())));
        return changed;
    }

    private Optional<ChecksumSource> changedFile(AppliedRevision row) {
        if (row.checksum() == null) {
            return Optional.empty();
        }
        return scripts.apply(row.revision()).filter(now -> !now.checksum().equals(row.checksum()));
    }
}
