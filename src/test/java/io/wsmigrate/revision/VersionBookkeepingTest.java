package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.wsmigrate.revision.Histories.depending;
import static io.wsmigrate.revision.Histories.diamond;
import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.linear;
import static io.wsmigrate.revision.Histories.map;
import static io.wsmigrate.revision.Histories.rev;
import static io.wsmigrate.revision.Histories.run;
import static io.wsmigrate.revision.Histories.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;

class VersionBookkeepingTest {
    private final RevisionMap linear = linear();
    private final RevisionMap diamond = diamond();
    private final RevisionMap branches = twoBranches();

    private static VersionTableChange change(Set<String> delete, Set<String> insert) {
        return new VersionTableChange(delete, insert);
    }

    private static Step up(RevisionMap map, String id) {
        return Step.upgrade(map.get(id).orElseThrow());
    }

    private static Step down(RevisionMap map, String id) {
        return Step.downgrade(map.get(id).orElseThrow());
    }

    @Test
    void linearStepsReplaceTheOneRow() {
        assertThat(linear.change(Set.of(), up(linear, "a1"))).isEqualTo(change(Set.of(), Set.of("a1")));
        VersionTableChange next = linear.change(Set.of("a1"), up(linear, "b2"));
        assertThat(next).isEqualTo(change(Set.of("a1"), Set.of("b2")));
        assertThat(next.isSingleUpdate()).isTrue();
        assertThat(linear.change(Set.of("b2"), down(linear, "b2"))).isEqualTo(change(Set.of("b2"), Set.of("a1")));
        assertThat(linear.change(Set.of("a1"), down(linear, "a1"))).isEqualTo(change(Set.of("a1"), Set.of()));
    }

    @Test
    void linearRoundTripKeepsRowsEqualToHeadsOfApplied() {
        Set<String> top = run(linear, Set.of(), linear.upgradePlan(Set.of(), "head"));
        assertThat(top).containsExactly("d4");
        Set<String> middle = run(linear, top, linear.downgradePlan(top, "b2"));
        assertThat(middle).containsExactly("b2");
        assertThat(run(linear, middle, linear.downgradePlan(middle, "base"))).isEmpty();
    }

    @Test
    void diamondRowsSplitAtTheBranchAndJoinAtTheMerge() {
        assertThat(diamond.change(Set.of("left1"), up(diamond, "right2")))
                .as("base0 is no row: left1 covers it").isEqualTo(change(Set.of(), Set.of("right2")));
        assertThat(diamond.change(Set.of("left1", "right2"), up(diamond, "merge3")))
                .isEqualTo(change(Set.of("left1", "right2"), Set.of("merge3")));
        assertThat(diamond.change(Set.of("merge3"), down(diamond, "merge3")))
                .isEqualTo(change(Set.of("merge3"), Set.of("left1", "right2")));
        assertThat(diamond.change(Set.of("left1", "right2"), down(diamond, "right2")))
                .isEqualTo(change(Set.of("right2"), Set.of()));
        Set<String> top = run(diamond, Set.of(), diamond.upgradePlan(Set.of(), "head"));
        assertThat(top).containsExactly("merge3");
        Set<String> afterLeft = run(diamond, top, diamond.downgradePlan(top, "left1"));
        assertThat(afterLeft).containsExactly("left1", "right2");
        assertThat(run(diamond, afterLeft, diamond.downgradePlan(afterLeft, "base"))).isEmpty();
    }

    @Test
    void independentBranchesEachKeepTheirOwnRow() {
        Set<String> rows = run(branches, Set.of(), branches.upgradePlan(Set.of(), "accounts@+2"));
        assertThat(rows).containsExactly("acc2");
        rows = run(branches, rows, branches.upgradePlan(rows, "network@head"));
        assertThat(rows).containsExactly("acc2", "net2");
        rows = run(branches, rows, branches.upgradePlan(rows, "heads"));
        assertThat(rows).containsExactly("acc3", "net2");
        rows = run(branches, rows, branches.downgradePlan(rows, "accounts@base"));
        assertThat(rows).containsExactly("net2");
        assertThat(run(branches, rows, branches.downgradePlan(rows, "base"))).isEmpty();
    }

    @Test
    void dependencyRowIsCoveredByItsDependentAndComesBackOnDowngrade() {
        RevisionMap map = map(rev("acc1"), rev("acc2", "acc1"), rev("net1"), depending("net2", List.of("net1"), "acc2"));
        assertThat(map.change(Set.of("acc2", "net1"), up(map, "net2")))
                .isEqualTo(change(Set.of("acc2", "net1"), Set.of("net2")));
        assertThat(map.change(Set.of("net2"), down(map, "net2")))
                .isEqualTo(change(Set.of("net2"), Set.of("acc2", "net1")));
        Set<String> rows = run(map, Set.of(), map.upgradePlan(Set.of(), "heads"));
        assertThat(rows).containsExactly("net2");
        assertThat(run(map, rows, map.downgradePlan(rows, "base"))).isEmpty();
    }

    @Test
    void redundantLinkDoesNotResurfaceAsARow() {
        // m3 names both a1 and b2 although b2 already stands on a1: unapplying m3 leaves only b2.
        RevisionMap map = map(rev("a1"), rev("b2", "a1"), rev("m3", "a1", "b2"));
        assertThat(map.change(Set.of("m3"), down(map, "m3"))).isEqualTo(change(Set.of("m3"), Set.of("b2")));
        Set<String> rows = run(map, Set.of(), map.upgradePlan(Set.of(), "head"));
        assertThat(run(map, rows, map.downgradePlan(rows, "base"))).isEmpty();
    }

    @Test
    void stepsThatDoNotFitTheRowsAreRefused() {
        failure(() -> linear.change(Set.of("b2"), up(linear, "b2")), Kind.INVALID_STEP)
                .isEqualTo("can't apply b2: it is already applied (version rows: b2)");
        failure(() -> linear.change(Set.of("c3"), up(linear, "a1")), Kind.INVALID_STEP).contains("already applied");
        failure(() -> linear.change(Set.of("a1"), up(linear, "c3")), Kind.INVALID_STEP)
                .isEqualTo("can't apply c3: b2 below it is not applied; upgrade to b2 first, or use `ws-migrate upgrade c3`");
        failure(() -> linear.change(Set.of("c3"), down(linear, "b2")), Kind.INVALID_STEP)
                .contains("can't unapply b2: it is not a current head (version rows: c3)");
        failure(() -> linear.change(Set.of(), Step.upgrade(rev("zz9"))), Kind.UNKNOWN_REVISION).contains("zz9");
        failure(() -> linear.change(Set.of("gone"), up(linear, "a1")), Kind.UNKNOWN_REVISION)
                .contains("the version table names revision gone");
    }

    @Test
    void stampMovesRelatedRowsAndKeepsOtherBranches() {
        Set<String> current = Set.of("acc2", "net1");
        assertThat(branches.headsAfterStamp(current, Set.of("acc3"), false)).containsExactly("acc3", "net1");
        assertThat(branches.headsAfterStamp(current, Set.of("acc1"), false)).containsExactly("acc1", "net1");
        assertThat(branches.headsAfterStamp(current, Set.of("net2", "acc1"), false)).containsExactly("acc1", "net2");
        assertThat(branches.headsAfterStamp(current, Set.of("acc1", "acc3"), false))
                .as("targets reduce to their heads").containsExactly("acc3", "net1");
        assertThat(branches.headsAfterStamp(current, Set.of(), false)).as("stamp base").isEmpty();
        assertThat(diamond.headsAfterStamp(Set.of("left1"), Set.of("right2"), false)).containsExactly("left1", "right2");
        assertThat(diamond.headsAfterStamp(Set.of("left1", "right2"), Set.of("merge3"), false)).containsExactly("merge3");
    }

    @Test
    void stampWithPurgeReplacesEveryRow() {
        assertThat(branches.headsAfterStamp(Set.of("acc2", "net1"), Set.of("acc3"), true)).containsExactly("acc3");
        assertThat(branches.headsAfterStamp(Set.of("gone"), Set.of("net2"), true))
                .as("purge recovers from a row naming a deleted revision").containsExactly("net2");
        failure(() -> branches.headsAfterStamp(Set.of("gone"), Set.of("net2"), false), Kind.UNKNOWN_REVISION)
                .contains("stamp --purge");
        failure(() -> branches.headsAfterStamp(Set.of(), Set.of("nope"), true), Kind.UNKNOWN_REVISION).contains("nope");
    }
}
