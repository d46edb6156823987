package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.wsmigrate.revision.Histories.depending;
import static io.wsmigrate.revision.Histories.diamond;
import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.ids;
import static io.wsmigrate.revision.Histories.labelled;
import static io.wsmigrate.revision.Histories.linear;
import static io.wsmigrate.revision.Histories.map;
import static io.wsmigrate.revision.Histories.rev;
import static io.wsmigrate.revision.Histories.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;

class PlanTest {
    private final RevisionMap linear = linear();
    private final RevisionMap branches = twoBranches();
    /** accounts: acc1 <- acc2; network: net1 <- net2, and net2 depends on acc2. */
    private final RevisionMap dependent = map(labelled("acc1", "accounts"), rev("acc2", "acc1"),
            labelled("net1", "network"), depending("net2", List.of("net1"), "acc2"));

    @Test
    void upgradeFromBaseAppliesEveryRevisionInOrder() {
        List<Step> plan = linear.upgradePlan(Set.of(), "head");
        assertThat(ids(plan)).containsExactly("a1", "b2", "c3", "d4");
        assertThat(plan).allMatch(Step::isUpgrade);
        assertThat(plan.get(0).revision()).isEqualTo(linear.get("a1").orElseThrow());
    }

    @Test
    void upgradeAppliesOnlyWhatIsMissing() {
        assertThat(ids(linear.upgradePlan(Set.of("b2"), "head"))).containsExactly("c3", "d4");
        assertThat(ids(linear.upgradePlan(Set.of("b2"), "+1"))).containsExactly("c3");
        assertThat(ids(linear.upgradePlan(Set.of("b2"), "d"))).containsExactly("c3", "d4");
    }

    @Test
    void upgradeToWhereTheDatabaseStandsIsEmpty() {
        assertThat(linear.upgradePlan(Set.of("d4"), "head")).isEmpty();
        assertThat(linear.upgradePlan(Set.of("c3"), "current")).isEmpty();
        assertThat(linear.upgradePlan(Set.of("c3"), "c3")).isEmpty();
    }

    @Test
    void upgradeTowardsAnOlderRevisionSaysToDowngrade() {
        failure(() -> linear.upgradePlan(Set.of("c3"), "b2"), Kind.WRONG_DIRECTION)
                .isEqualTo("`b2` is older than the current revision(s) c3; use `ws-migrate downgrade b2`");
        failure(() -> linear.upgradePlan(Set.of("c3"), "base"), Kind.WRONG_DIRECTION)
                .contains("use `ws-migrate downgrade base`");
        failure(() -> linear.upgradePlan(Set.of("c3"), "-1"), Kind.WRONG_DIRECTION)
                .isEqualTo("`-1` (b2) is older than the current revision(s) c3; use `ws-migrate downgrade -1`");
    }

    @Test
    void downgradeUnappliesWhatStandsAboveTheTargetNewestFirst() {
        List<Step> plan = linear.downgradePlan(Set.of("d4"), "b2");
        assertThat(ids(plan)).containsExactly("d4", "c3");
        assertThat(plan).noneMatch(Step::isUpgrade);
        assertThat(ids(linear.downgradePlan(Set.of("d4"), "-1"))).containsExactly("d4");
        assertThat(ids(linear.downgradePlan(Set.of("d4"), "base"))).containsExactly("d4", "c3", "b2", "a1");
        assertThat(linear.downgradePlan(Set.of("b2"), "b2")).isEmpty();
        assertThat(linear.downgradePlan(Set.of(), "base")).isEmpty();
    }

    @Test
    void downgradeTowardsANewerRevisionSaysToUpgrade() {
        failure(() -> linear.downgradePlan(Set.of("b2"), "d4"), Kind.WRONG_DIRECTION)
                .isEqualTo("`d4` is not applied (current: b2); use `ws-migrate upgrade d4`");
        failure(() -> linear.downgradePlan(Set.of("b2"), "+1"), Kind.WRONG_DIRECTION)
                .isEqualTo("`+1` (c3) is not applied (current: b2); use `ws-migrate upgrade +1`");
    }

    @Test
    void mergeIsAppliedAfterBothParentsAndUnappliedBeforeThem() {
        RevisionMap map = diamond();
        assertThat(ids(map.upgradePlan(Set.of(), "head"))).containsExactly("base0", "left1", "right2", "merge3");
        assertThat(ids(map.upgradePlan(Set.of("left1"), "head"))).containsExactly("right2", "merge3");
        assertThat(ids(map.upgradePlan(Set.of("left1"), "right2"))).containsExactly("right2");
        assertThat(ids(map.downgradePlan(Set.of("merge3"), "base0"))).containsExactly("merge3", "right2", "left1");
        assertThat(ids(map.downgradePlan(Set.of("merge3"), "left1")))
                .as("right2 stays applied: it is not above left1").containsExactly("merge3");
    }

    @Test
    void upgradingOneBranchLeavesTheOtherAlone() {
        Set<String> current = Set.of("acc1", "net1");
        assertThat(ids(branches.upgradePlan(current, "network@head"))).containsExactly("net2");
        assertThat(ids(branches.upgradePlan(current, "accounts@head"))).containsExactly("acc2", "acc3");
        assertThat(ids(branches.upgradePlan(current, "accounts@+1"))).containsExactly("acc2");
        assertThat(ids(branches.upgradePlan(Set.of(), "heads"))).containsExactly("acc1", "acc2", "acc3", "net1", "net2");
    }

    @Test
    void downgradingOneBranchLeavesTheOtherAlone() {
        Set<String> current = Set.of("acc3", "net2");
        assertThat(ids(branches.downgradePlan(current, "accounts@base"))).containsExactly("acc3", "acc2", "acc1");
        assertThat(ids(branches.downgradePlan(current, "network@-1"))).containsExactly("net2");
        assertThat(ids(branches.downgradePlan(current, "acc1"))).containsExactly("acc3", "acc2");
        assertThat(ids(branches.downgradePlan(current, "base")))
                .containsExactly("net2", "net1", "acc3", "acc2", "acc1");
        assertThat(branches.downgradePlan(Set.of("acc3"), "network@base")).isEmpty();
    }

    @Test
    void isAtHeadsOnlyWhenEverythingIsApplied() {
        assertThat(linear.isAtHeads(Set.of("d4"))).isTrue();
        assertThat(linear.isAtHeads(Set.of("c3"))).isFalse();
        assertThat(branches.isAtHeads(Set.of("acc3"))).isFalse();
        assertThat(dependent.isAtHeads(Set.of("net2"))).as("acc2 is applied through net2").isTrue();
    }

    @Test
    void upgradeHeadWithSeveralHeadsIsRefused() {
        failure(() -> branches.upgradePlan(Set.of(), "head"), Kind.MULTIPLE_HEADS).startsWith("multiple heads: acc3, net2");
    }

    @Test
    void dependencyIsAppliedBeforeItsDependentAcrossBranches() {
        assertThat(ids(dependent.upgradePlan(Set.of(), "network@head"))).containsExactly("acc1", "acc2", "net1", "net2");
        assertThat(ids(dependent.upgradePlan(Set.of("net1"), "net2"))).containsExactly("acc1", "acc2", "net2");
        assertThat(dependent.upgradePlan(Set.of("net2"), "heads")).as("acc2 is applied through net2").isEmpty();
    }

    @Test
    void downgradingADependencyTakesItsDependentsAlong() {
        assertThat(ids(dependent.downgradePlan(Set.of("net2"), "acc1"))).containsExactly("net2", "acc2");
        assertThat(ids(dependent.downgradePlan(Set.of("net2"), "accounts@base"))).containsExactly("net2", "acc2", "acc1");
        assertThat(ids(dependent.downgradePlan(Set.of("net2"), "network@-1"))).containsExactly("net2");
    }
}
