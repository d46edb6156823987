package io.wsmigrate.runtime;

import io.wsmigrate.revision.Direction;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import io.wsmigrate.revision.VersionTableChange;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Which version-table rows a step or a stamp changes: pure, computed before anything runs. */
final class Bookkeeping {
    private Bookkeeping() {
    }

    static RowChanges forStep(RevisionMap map, Set<String> headsBefore, Step step, String checksum) {
        return forStep(map.change(headsBefore, step), step, checksum);
    }

    /** The rows of a step whose change of heads ({@link RevisionMap#change}) the caller has worked out. */
    static RowChanges forStep(VersionTableChange heads, Step step, String checksum) {
        String id = step.revision().id();
        if (step.direction() == Direction.UPGRADE) {
            return new RowChanges(Map.of(id, checksum), Set.of(), heads.insert(), heads.delete(), false);
        }
        Set<String> mark = new HashSet<>(heads.insert());
        Set<String> unmark = new HashSet<>(heads.delete());
        mark.remove(id);
        unmark.remove(id);
        return new RowChanges(Map.of(), Set.of(id), mark, unmark, false);
    }

    /**
     * Rows for a stamp: the applied set becomes the ancestors of {@code newHeads}. With
     * {@code purge}, every existing row goes first, including rows no script knows.
     */
    static RowChanges forStamp(RevisionMap map, VersionState state, Set<String> newHeads, boolean purge,
                               Function<String, String> checksums) {
        Set<String> newApplied = map.ancestors(newHeads);
        Set<String> kept = new HashSet<>(purge ? Set.of() : state.applied());
        kept.retainAll(newApplied);
        Set<String> delete = new HashSet<>(state.applied());
        delete.removeAll(kept);
        Map<String, String> insert = new HashMap<>();
        for (String id : newApplied) {
            if (!kept.contains(id)) {
                insert.put(id, checksums.apply(id));
            }
        }
        Set<String> mark = new HashSet<>();
        Set<String> unmark = new HashSet<>();
        for (String id : newHeads) {
            boolean alreadyHead = kept.contains(id) && state.row(id).map(AppliedRevision::head).orElse(false);
            if (!alreadyHead) {
                mark.add(id);
            }
        }
        for (AppliedRevision row : state.rows()) {
            if (kept.contains(row.revision()) && row.head() && !newHeads.contains(row.revision())) {
                unmark.add(row.revision());
            }
        }
        return new RowChanges(insert, delete, mark, unmark, true);
    }
}
