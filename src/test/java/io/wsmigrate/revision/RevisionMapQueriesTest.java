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
import static io.wsmigrate.revision.Histories.revisionIds;
import static io.wsmigrate.revision.Histories.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionMapQueriesTest {

    @Test
    void linearHistoryHasOneHeadOneBaseAndNoBranchPoints() {
        RevisionMap map = linear();
        assertThat(revisionIds(map.all())).containsExactly("a1", "b2", "c3", "d4");
        assertThat(map.heads()).containsExactly("d4");
        assertThat(map.bases()).containsExactly("a1");
        assertThat(map.branchPoints()).isEmpty();
        assertThat(map.children("b2")).containsExactly("c3");
        assertThat(map.children("d4")).isEmpty();
        assertThat(map.get("c3")).map(Revision::message).contains("message of c3");
        assertThat(map.get("zz")).isEmpty();
        assertThat(map.size()).isEqualTo(4);
    }

    @Test
    void allIsTopologicalWithTiesBrokenById() {
        RevisionMap map = map(rev("m9", "z1", "b5"), rev("z1"), rev("b5", "a0"), rev("a0"), rev("c2", "a0"));
        assertThat(revisionIds(map.all())).containsExactly("a0", "b5", "c2", "z1", "m9");
    }

    @Test
    void diamondHasABranchPointAndAMerge() {
        RevisionMap map = diamond();
        assertThat(map.heads()).containsExactly("merge3");
        assertThat(map.isBranchPoint("base0")).isTrue();
        assertThat(map.isBranchPoint("left1")).isFalse();
        assertThat(revisionIds(map.branchPoints())).containsExactly("base0");
        assertThat(map.children("base0")).containsExactly("left1", "right2");
        assertThat(map.get("merge3").orElseThrow().isMerge()).isTrue();
        assertThat(map.ancestors(Set.of("left1"))).containsExactly("base0", "left1");
        assertThat(map.descendants(Set.of("right2"))).containsExactly("merge3", "right2");
        assertThat(map.ancestors(Set.of("merge3"))).hasSize(4);
    }

    @Test
    void independentBranchesHaveTwoBasesAndTwoHeads() {
        RevisionMap map = twoBranches();
        assertThat(map.bases()).containsExactly("acc1", "net1");
        assertThat(map.heads()).containsExactly("acc3", "net2");
        assertThat(map.descendants(Set.of("acc2"))).containsExactly("acc2", "acc3");
    }

    @Test
    void dependsOnCountsForAncestryButNotForHeads() {
        // net2 needs acc2, yet acc3 stays a head of its own and acc2 is no branch point.
        RevisionMap map = map(rev("acc1"), rev("acc2", "acc1"), rev("net1"),
                depending("net2", List.of("net1"), "acc2"));
        assertThat(map.ancestors(Set.of("net2"))).containsExactly("acc1", "acc2", "net1", "net2");
        assertThat(map.descendants(Set.of("acc1"))).containsExactly("acc1", "acc2", "net2");
        assertThat(map.heads()).containsExactly("acc2", "net2");
        assertThat(map.children("acc2")).isEmpty();
        assertThat(map.isBranchPoint("acc2")).isFalse();
        assertThat(revisionIds(map.all())).containsExactly("acc1", "acc2", "net1", "net2");
    }

    @Test
    void headsOfIsWhatTheVersionTableHoldsForThatState() {
        RevisionMap map = map(rev("acc1"), rev("acc2", "acc1"), rev("net1"),
                depending("net2", List.of("net1"), "acc2"));
        assertThat(map.headsOf(Set.of("net2", "acc1"))).containsExactly("net2");
        assertThat(map.headsOf(Set.of("acc1", "net1"))).containsExactly("acc1", "net1");
        assertThat(map.headsOf(Set.of())).isEmpty();
    }

    @Test
    void queriesAboutUnknownRevisionsFail() {
        RevisionMap map = linear();
        failure(() -> map.children("nope"), Kind.UNKNOWN_REVISION).contains("nope", "ws-migrate history");
        failure(() -> map.ancestors(Set.of("a1", "nope")), Kind.UNKNOWN_REVISION).contains("nope");
        failure(() -> map.isBranchPoint("nope"), Kind.UNKNOWN_REVISION);
    }

    @Test
    void resultsAreImmutable() {
        RevisionMap map = linear();
        assertThatThrownBy(() -> map.heads().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> map.all().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
