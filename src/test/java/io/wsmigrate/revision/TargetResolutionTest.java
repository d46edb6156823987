package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static io.wsmigrate.revision.Histories.diamond;
import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.labelled;
import static io.wsmigrate.revision.Histories.linear;
import static io.wsmigrate.revision.Histories.map;
import static io.wsmigrate.revision.Histories.rev;
import static io.wsmigrate.revision.Histories.twoBranches;
import static org.assertj.core.api.Assertions.assertThat;

class TargetResolutionTest {
    private final RevisionMap linear = linear();
    private final RevisionMap branches = twoBranches();

    @Test
    void keywordsResolveAgainstTheGraphAndTheCurrentHeads() {
        assertThat(linear.resolve("head", Set.of("b2"))).containsExactly("d4");
        assertThat(linear.resolve("heads", Set.of("b2"))).containsExactly("d4");
        assertThat(linear.resolve("base", Set.of("b2"))).isEmpty();
        assertThat(linear.resolve("current", Set.of("b2"))).containsExactly("b2");
        assertThat(linear.resolve("current", Set.of())).isEmpty();
        assertThat(branches.resolve("heads", Set.of())).containsExactly("acc3", "net2");
    }

    @Test
    void fullIdAndUniquePrefixResolveToTheRevision() {
        assertThat(linear.resolve("c3", Set.of())).containsExactly("c3");
        assertThat(linear.resolve("  c3 ", Set.of())).containsExactly("c3");
        assertThat(linear.resolve("c", Set.of())).containsExactly("c3");
    }

    @Test
    void ambiguousPrefixListsTheCandidates() {
        RevisionMap map = map(rev("ae1027"), rev("ae1099", "ae1027"), rev("ae2000", "ae1099"));
        assertThat(map.resolve("ae1027", Set.of())).containsExactly("ae1027");
        failure(() -> map.resolve("ae10", Set.of()), Kind.AMBIGUOUS_PREFIX)
                .isEqualTo("`ae10` matches several revisions: ae1027, ae1099; type more characters of the id");
        failure(() -> map.resolve("ae10+1", Set.of()), Kind.AMBIGUOUS_PREFIX)
                .isEqualTo("in `ae10+1`, `ae10` matches several revisions: ae1027, ae1099; type more characters of the id");
    }

    @Test
    void unknownTargetNamesItAndPointsAtHistory() {
        failure(() -> linear.resolve("zz9", Set.of()), Kind.UNKNOWN_REVISION)
                .isEqualTo("no revision or branch label matches `zz9`; "
                        + "`ws-migrate history` lists revisions, or use `head`, `heads` or `base`");
    }

    @Test
    void emptyTargetIsRefused() {
        failure(() -> linear.resolve(" ", Set.of()), Kind.BAD_TARGET).contains("empty revision target");
    }

    @Test
    void headWithSeveralHeadsSaysWhatToTypeNext() {
        RevisionMap forked = map(rev("base0"), rev("left1", "base0"), rev("right2", "base0"));
        failure(() -> forked.resolve("head", Set.of()), Kind.MULTIPLE_HEADS)
                .isEqualTo("multiple heads: left1, right2; use `heads`, `<label>@head`, or `ws-migrate merge`");
        assertThat(forked.resolve("heads", Set.of())).containsExactly("left1", "right2");
    }

    @Test
    void relativeMovesCountFromTheCurrentHead() {
        assertThat(linear.resolve("+1", Set.of("b2"))).containsExactly("c3");
        assertThat(linear.resolve("+2", Set.of("b2"))).containsExactly("d4");
        assertThat(linear.resolve("-1", Set.of("b2"))).containsExactly("a1");
        assertThat(linear.resolve("-2", Set.of("b2"))).as("one below the first revision is base").isEmpty();
        assertThat(linear.resolve("+1", Set.of())).as("from nothing applied").containsExactly("a1");
        assertThat(linear.resolve("+0", Set.of("b2"))).containsExactly("b2");
    }

    @Test
    void relativeMovesFromAnAnchor() {
        assertThat(linear.resolve("c3-2", Set.of())).containsExactly("a1");
        assertThat(linear.resolve("a1+3", Set.of())).containsExactly("d4");
        assertThat(linear.resolve("c-1", Set.of())).as("prefix anchor").containsExactly("b2");
        assertThat(linear.resolve("head-1", Set.of())).containsExactly("c3");
        assertThat(linear.resolve("base+1", Set.of())).containsExactly("a1");
        assertThat(linear.resolve("current+1", Set.of("a1"))).containsExactly("b2");
    }

    @Test
    void relativeMovePastTheEndsIsRefused() {
        failure(() -> linear.resolve("+3", Set.of("b2")), Kind.BAD_TARGET)
                .isEqualTo("`+3` goes too far: b2 is only 2 steps below the top of its branch; use a smaller number or `head`");
        failure(() -> linear.resolve("-3", Set.of("b2")), Kind.BAD_TARGET)
                .isEqualTo("`-3` goes too far: b2 is only 2 steps above base; use a smaller number or `base`");
        failure(() -> linear.resolve("-1", Set.of()), Kind.BAD_TARGET).contains("there is nothing below base");
    }

    @Test
    void relativeMoveFromSeveralCurrentHeadsIsAmbiguous() {
        failure(() -> branches.resolve("+1", Set.of("acc2", "net1")), Kind.MULTIPLE_HEADS)
                .isEqualTo("`+1` moves from the current revision, but there are several: acc2, net1; "
                        + "use `<label>@+1` or `<id>+1`");
        failure(() -> branches.resolve("heads-1", Set.of()), Kind.MULTIPLE_HEADS).contains("acc3, net2");
    }

    @Test
    void relativeMoveThroughABranchPointOrMergeIsAmbiguous() {
        RevisionMap map = diamond();
        failure(() -> map.resolve("+2", Set.of("base0")), Kind.BAD_TARGET)
                .isEqualTo("`+2` is ambiguous: base0 branches into left1, right2; move from one of them, e.g. `left1+1`");
        failure(() -> map.resolve("-1", Set.of("merge3")), Kind.BAD_TARGET)
                .isEqualTo("`-1` is ambiguous: merge3 merges left1, right2; move from one of them, e.g. `left1`");
        failure(() -> branches.resolve("+1", Set.of()), Kind.BAD_TARGET)
                .contains("there are several bases: acc1, net1");
        assertThat(map.resolve("left1+1", Set.of())).containsExactly("merge3");
    }

    @Test
    void branchLabelFormsResolveWithinTheBranch() {
        assertThat(branches.resolve("accounts", Set.of())).containsExactly("acc1");
        assertThat(branches.resolve("accounts@head", Set.of())).containsExactly("acc3");
        assertThat(branches.resolve("network@head", Set.of())).containsExactly("net2");
        assertThat(branches.resolve("network@heads", Set.of())).containsExactly("net2");
        assertThat(branches.resolve("accounts@base", Set.of())).isEmpty();
        assertThat(branches.resolve("acc2@head", Set.of())).as("a revision id as the branch").containsExactly("acc3");
        assertThat(branches.resolve("accounts@head-1", Set.of())).containsExactly("acc2");
    }

    @Test
    void branchRelativeMovesStartWhereThatBranchStands() {
        Set<String> current = Set.of("acc2", "net1");
        assertThat(branches.resolve("network@+1", current)).containsExactly("net2");
        assertThat(branches.resolve("accounts@+1", current)).containsExactly("acc3");
        assertThat(branches.resolve("accounts@-1", current)).containsExactly("acc1");
        assertThat(branches.resolve("network@+2", Set.of("acc3"))).as("branch not applied yet").containsExactly("net2");
        failure(() -> branches.resolve("network@-1", Set.of("acc3")), Kind.BAD_TARGET)
                .contains("nothing of branch `network` is applied");
    }

    @Test
    void labelOnAMidHistoryRevisionMarksWhereItsBranchStarts() {
        RevisionMap map = map(rev("a1"), labelled("b2", "feature-2", "a1"), rev("c3", "b2"), rev("x9", "a1"));
        assertThat(map.resolve("feature-2", Set.of())).as("a label containing -2").containsExactly("b2");
        assertThat(map.resolve("feature-2@head", Set.of())).containsExactly("c3");
        assertThat(map.resolve("feature-2@base", Set.of())).containsExactly("a1");
        assertThat(map.resolve("feature-2@+1", Set.of("x9"))).containsExactly("b2");
    }

    @Test
    void branchWithSeveralHeadsRefusesAtHead() {
        RevisionMap map = map(labelled("r1", "feature"), rev("x2", "r1"), rev("y3", "r1"));
        failure(() -> map.resolve("feature@head", Set.of()), Kind.MULTIPLE_HEADS)
                .isEqualTo("branch `feature` has multiple heads: x2, y3; "
                        + "use `feature@heads`, a revision id, or `ws-migrate merge`");
        assertThat(map.resolve("feature@heads", Set.of())).containsExactly("x2", "y3");
    }

    @Test
    void badBranchFormsAreRefused() {
        failure(() -> branches.resolve("nothing@head", Set.of()), Kind.UNKNOWN_REVISION)
                .contains("no branch label or revision `nothing`");
        failure(() -> branches.resolve("accounts@tail", Set.of()), Kind.BAD_TARGET)
                .contains("use `head`, `heads`, `base`, `+N` or `-N`");
    }

    @Test
    void currentHeadsNamingAMissingRevisionSayHowToRecover() {
        failure(() -> linear.resolve("head", Set.of("gone")), Kind.UNKNOWN_REVISION)
                .isEqualTo("the version table names revision gone, which no revision file declares; "
                        + "restore that file, or run `ws-migrate stamp --purge <revision>`");
    }
}
