package io.wsmigrate.revision;

import io.wsmigrate.ExitCode;
import io.wsmigrate.revision.RevisionException.Kind;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Fixtures and checks shared by the revision tests: small named histories, and a simulation of
 * the version table that checks, after every step, that the rows are exactly the heads of the
 * applied set (computed here independently from the revisions' own headers).
 */
final class Histories {
    private Histories() {
    }

    static Revision rev(String id, String... down) {
        return new Revision(id, List.of(down), List.of(), List.of(), "message of " + id, "versions/" + id + ".yaml");
    }

    static Revision labelled(String id, String label, String... down) {
        return new Revision(id, List.of(down), List.of(label), List.of(), "", "versions/" + id + ".yaml");
    }

    static Revision depending(String id, List<String> down, String... dependsOn) {
        return new Revision(id, down, List.of(), List.of(dependsOn), "", "versions/" + id + ".yaml");
    }

    static RevisionMap map(Revision... revisions) {
        return RevisionMap.of(Arrays.asList(revisions));
    }

    /** a1 <- b2 <- c3 <- d4 */
    static RevisionMap linear() {
        return map(rev("a1"), rev("b2", "a1"), rev("c3", "b2"), rev("d4", "c3"));
    }

    /** base0 <- left1, right2 <- merge3 (merging left1 and right2) */
    static RevisionMap diamond() {
        return map(rev("base0"), rev("left1", "base0"), rev("right2", "base0"), rev("merge3", "left1", "right2"));
    }

    /** Two independent branches: accounts (acc1 <- acc2 <- acc3) and network (net1 <- net2). */
    static RevisionMap twoBranches() {
        return map(labelled("acc1", "accounts"), rev("acc2", "acc1"), rev("acc3", "acc2"),
                labelled("net1", "network"), rev("net2", "net1"));
    }

    static List<String> ids(List<Step> steps) {
        return steps.stream().map(Step::id).toList();
    }

    static List<String> revisionIds(List<Revision> revisions) {
        return revisions.stream().map(Revision::id).toList();
    }

    /** Runs the steps through {@link RevisionMap#change}, checking the rows after each one; rows in id order. */
    static Set<String> run(RevisionMap map, Set<String> rows, List<Step> steps) {
        Set<String> applied = new HashSet<>(rows.isEmpty() ? Set.of() : map.ancestors(rows));
        Set<String> current = new HashSet<>(rows);
        for (Step step : steps) {
            VersionTableChange change = map.change(current, step);
            assertThat(current).as("rows deleted by %s", step).containsAll(change.delete());
            current.removeAll(change.delete());
            current.addAll(change.insert());
            boolean changed = step.isUpgrade() ? applied.add(step.id()) : applied.remove(step.id());
            assertThat(changed).as("%s changes the applied set", step).isTrue();
            assertThat(current).as("rows after %s", step).isEqualTo(headsOfApplied(map, applied));
        }
        return new TreeSet<>(current);
    }

    /** Applied revisions that no applied revision names as down_revision or depends_on. */
    static Set<String> headsOfApplied(RevisionMap map, Set<String> applied) {
        Set<String> heads = new HashSet<>(applied);
        for (String id : applied) {
            Revision revision = map.get(id).orElseThrow();
            List<String> below = new ArrayList<>(revision.downRevisions());
            revision.dependsOn().forEach(dependency -> below.add(idOf(map, dependency)));
            heads.removeAll(below);
        }
        return heads;
    }

    private static String idOf(RevisionMap map, String idOrLabel) {
        return map.get(idOrLabel).map(Revision::id).orElseGet(() -> map.all().stream()
                .filter(revision -> revision.branchLabels().contains(idOrLabel)).findFirst().orElseThrow().id());
    }

    /** Asserts a one-line RevisionException of the given kind and exit code; returns its message. */
    static AbstractStringAssert<?> failure(ThrowingCallable call, Kind kind) {
        RevisionException exception = catchThrowableOfType(RevisionException.class, call);
        assertThat(exception).as("expected a RevisionException of kind %s", kind).isNotNull();
        assertThat(exception.kind()).as(exception.getMessage()).isEqualTo(kind);
        assertThat(exception.exitCode()).isEqualTo(ExitCode.REVISION);
        assertThat(exception.getMessage()).doesNotContain("\n");
        return assertThat(exception.getMessage());
    }
}
