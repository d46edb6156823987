package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.wsmigrate.revision.Histories.failure;
import static org.assertj.core.api.Assertions.assertThat;

class GraphTextTest {

    private static Revision revision(String id, String message, String... down) {
        return new Revision(id, List.of(down), List.of(), List.of(), message, "versions/" + id + ".yaml");
    }

    private static List<String> render(Set<String> current, Revision... revisions) {
        return GraphText.render(RevisionMap.of(List.of(revisions)), current);
    }

    private static List<String> golden(String text) {
        return text.lines().toList();
    }

    @Test
    void linearHistoryIsOneLaneNewestFirst() {
        assertThat(render(Set.of(), revision("a1", "Initial"), revision("b2", "Add users", "a1"),
                revision("c3", "Add orders", "b2")))
                .containsExactlyElementsOf(golden("""
                        * c3 (head), Add orders
                        * b2, Add users
                        * a1, Initial
                        """));
    }

    @Test
    void diamondShowsTheBranchPointAndTheMergeOnTwoLanes() {
        assertThat(render(Set.of(), revision("a1", "Initial"), revision("b2", "Feature B", "a1"),
                revision("c3", "Feature C", "a1"), revision("d4", "Merge", "b2", "c3")))
                .containsExactlyElementsOf(golden("""
                        *   d4 (head) (mergepoint), Merge
                        |\\
                        | * c3, Feature C
                        * | b2, Feature B
                        |/
                        * a1 (branchpoint), Initial
                        """));
    }

    @Test
    void longBranchesStayTogetherOnTheirOwnLanes() {
        assertThat(render(Set.of(), revision("a", "A"), revision("b", "B", "a"), revision("c", "C", "b"),
                revision("e", "E", "a"), revision("f", "F", "e"), revision("m", "M", "c", "f"), revision("n", "N", "m")))
                .containsExactlyElementsOf(golden("""
                        * n (head), N
                        *   m (mergepoint), M
                        |\\
                        | * f, F
                        | * e, E
                        * | c, C
                        * | b, B
                        |/
                        * a (branchpoint), A
                        """));
    }

    @Test
    void independentHistoriesAreSeparatedByAnEmptyRow() {
        assertThat(render(Set.of(), revision("a1", "Accounts"), revision("a2", "Accounts 2", "a1"),
                revision("b1", "Billing"), revision("b2", "Billing 2", "b1")))
                .containsExactlyElementsOf(golden("""
                        * b2 (head), Billing 2
                        * b1, Billing

                        * a2 (head), Accounts 2
                        * a1, Accounts
                        """));
    }

    @Test
    void twoBasesJoinedByAMergeEndTheirLanesSeparately() {
        assertThat(render(Set.of(), revision("a1", "A"), revision("b1", "B"), revision("m2", "Join", "a1", "b1")))
                .containsExactlyElementsOf(golden("""
                        *   m2 (head) (mergepoint), Join
                        |\\
                        | * b1, B
                        * a1, A
                        """));
    }

    @Test
    void baseEndingBesideOtherLanesShiftsThemLeft() {
        assertThat(render(Set.of(), revision("a1", "A"), revision("b1", "B"), revision("c1", "C"),
                revision("m2", "Join", "a1", "b1", "c1")))
                .containsExactlyElementsOf(golden("""
                        *     m2 (head) (mergepoint), Join
                        |\\
                        | |\\
                        | | * c1, C
                        | * b1, B
                        * a1, A
                        """));
    }

    @Test
    void threeWayBranchMergedAgainFansOutAndBackIn() {
        assertThat(render(Set.of(), revision("a0", "Base"), revision("b1", "B", "a0"), revision("c2", "C", "a0"),
                revision("d3", "D", "a0"), revision("m4", "Merge", "b1", "c2", "d3")))
                .containsExactlyElementsOf(golden("""
                        *     m4 (head) (mergepoint), Merge
                        |\\
                        | |\\
                        | | * d3, D
                        | * | c2, C
                        | |/
                        * | b1, B
                        |/
                        * a0 (branchpoint), Base
                        """));
    }

    @Test
    void threeHeadsOnOneBranchPointEachJoinItsLane() {
        assertThat(render(Set.of(), revision("a0", "Base"), revision("b1", "B", "a0"), revision("c2", "C", "a0"),
                revision("d3", "D", "a0"), revision("b4", "B again", "b1")))
                .containsExactlyElementsOf(golden("""
                        * d3 (head), D
                        | * c2 (head), C
                        |/
                        | * b4 (head), B again
                        | * b1, B
                        |/
                        * a0 (branchpoint), Base
                        """));
    }

    @Test
    void crissCrossMergesCrossTheirLines() {
        assertThat(render(Set.of(), revision("a", "A"), revision("b", "B", "a"), revision("c", "C", "a"),
                revision("d", "D", "b", "c"), revision("e", "E", "b", "c"), revision("f", "F", "d", "e")))
                .containsExactlyElementsOf(golden("""
                        *   f (head) (mergepoint), F
                        |\\
                        | *   e (mergepoint), E
                        | |\\
                        * | | d (mergepoint), D
                        |/ /
                        |\\|
                        | * c (branchpoint), C
                        * | b (branchpoint), B
                        |/
                        * a (branchpoint), A
                        """));
    }

    @Test
    void crissCrossHeadsMergeAcrossALane() {
        assertThat(render(Set.of(), revision("a", "A"), revision("b", "B", "a"), revision("c", "C", "a"),
                revision("d", "D", "b", "c"), revision("e", "E", "b", "c")))
                .containsExactlyElementsOf(golden("""
                        *   e (head) (mergepoint), E
                        |\\
                        | | * d (head) (mergepoint), D
                        | |/
                        |/|
                        | * c (branchpoint), C
                        * | b (branchpoint), B
                        |/
                        * a (branchpoint), A
                        """));
    }

    @Test
    void dependsOnIsAMarkerAndTheDependencyIsDrawnBelowItsDependent() {
        Revision needsA2 = new Revision("b2", List.of("b1"), List.of(), List.of("a2"), "B2 needs A2", "b2.yaml");
        assertThat(render(Set.of(), revision("a1", "A"), revision("a2", "A2", "a1"), revision("b1", "B"), needsA2))
                .containsExactlyElementsOf(golden("""
                        * b2 (head) (depends on a2), B2 needs A2
                        * b1, B

                        * a2 (head), A2
                        * a1, A
                        """));
    }

    @Test
    void labelsCurrentHeadsAndDependenciesByLabelAreMarked() {
        List<String> lines = render(Set.of("b2", "x1"),
                new Revision("a1", List.of(), List.of("core"), List.of(), "Core tables", "a1.yaml"),
                revision("b2", "Add users", "a1"),
                revision("c3", "Add orders", "b2"),
                new Revision("x1", List.of(), List.of("audit", "extras"), List.of("core"), "Audit", "x1.yaml"),
                new Revision("x2", List.of("x1"), List.of(), List.of("c3"), "Audit index", "x2.yaml"));
        assertThat(lines).containsExactlyElementsOf(golden("""
                * x2 (head) (depends on c3), Audit index
                * x1 (current) (depends on a1) [audit] [extras], Audit

                * c3 (head), Add orders
                * b2 (current), Add users
                * a1 [core], Core tables
                """));
    }

    @Test
    void messagesAreKeptOnOneLineWithoutControlCharacters() {
        assertThat(render(Set.of("a1"), revision("a1", "  Add\n\"users\"\ttable [v2] \u001b[31mred\u001b[0m — ✓ "),
                revision("b2", "", "a1")))
                .containsExactly("* b2 (head)", "* a1 (current), Add \"users\" table [v2] [31mred [0m — ✓");
    }

    @Test
    void aVersionRowNamingNoRevisionIsReportedLikeEverywhereElse() {
        RevisionMap map = RevisionMap.of(List.of(revision("a1", "A")));
        failure(() -> GraphText.render(map, Set.of("zz99")), Kind.UNKNOWN_REVISION)
                .contains("zz99").contains("stamp --purge");
    }

    @Test
    void emptyHistoryDrawsNothing() {
        assertThat(GraphText.render(RevisionMap.of(List.of()), Set.of())).isEmpty();
    }

    @Test
    void outputDoesNotDependOnTheOrderRevisionsAreGivenIn() {
        List<Revision> revisions = new ArrayList<>(RandomHistories.generate(new Random(11), 60));
        List<String> first = GraphText.render(RevisionMap.of(revisions), Set.of());
        Collections.shuffle(revisions, new Random(3));
        assertThat(GraphText.render(RevisionMap.of(revisions), Set.of())).isEqualTo(first);
    }

    @Test
    void thousandRevisionChainRendersOneLinePerRevision() {
        List<Revision> chain = new ArrayList<>();
        chain.add(revision("r0000", "revision 0"));
        for (int i = 1; i < 1000; i++) {
            chain.add(revision(String.format("r%04d", i), "revision " + i, String.format("r%04d", i - 1)));
        }
        List<String> lines = GraphText.render(RevisionMap.of(chain), Set.of("r0500"));
        assertThat(lines).hasSize(1000);
        assertThat(lines.get(0)).isEqualTo("* r0999 (head), revision 999");
        assertThat(lines.get(499)).isEqualTo("* r0500 (current), revision 500");
        assertThat(lines.get(999)).isEqualTo("* r0000, revision 0");
        LaneArtChecker.check(RevisionMap.of(chain), lines);
    }

    @Test
    void twoThousandRevisionBranchesMergedRenderOnTwoLanes() {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(revision("base", "base"));
        for (int i = 0; i < 1000; i++) {
            revisions.add(revision("L" + i, "", i == 0 ? "base" : "L" + (i - 1)));
            revisions.add(revision("R" + i, "", i == 0 ? "base" : "R" + (i - 1)));
        }
        revisions.add(revision("merge", "Merge", "L999", "R999"));
        RevisionMap map = RevisionMap.of(revisions);
        List<String> lines = GraphText.render(map, Set.of());
        assertThat(lines).hasSize(2002 + 2).contains("| * R500", "* | L500");
        LaneArtChecker.check(map, lines);
    }

    @Test
    void randomHistoriesDrawEveryRevisionOnceWithUnbrokenLines() {
        Random random = new Random(20240611);
        for (int round = 0; round < 200; round++) {
            RevisionMap map = RevisionMap.of(RandomHistories.generate(random, 1 + random.nextInt(40)));
            LaneArtChecker.check(map, GraphText.render(map, Set.of()));
        }
    }
}
