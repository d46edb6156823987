package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static io.wsmigrate.revision.Histories.depending;
import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.labelled;
import static io.wsmigrate.revision.Histories.map;
import static io.wsmigrate.revision.Histories.rev;
import static org.assertj.core.api.Assertions.assertThat;

class RevisionMapValidationTest {

    @Test
    void emptyMapHasNoHeadsAndResolvesHeadToBase() {
        RevisionMap empty = RevisionMap.of(List.of());
        assertThat(empty.all()).isEmpty();
        assertThat(empty.heads()).isEmpty();
        assertThat(empty.resolve("head", Set.of())).isEmpty();
        assertThat(empty.upgradePlan(Set.of(), "heads")).isEmpty();
    }

    @Test
    void duplicateIdNamesBothSourceFiles() {
        Revision first = new Revision("a1", List.of(), List.of(), List.of(), "one", "versions/one.yaml");
        Revision second = new Revision("a1", List.of(), List.of(), List.of(), "two", "versions/two.yaml");
        failure(() -> RevisionMap.of(List.of(second, first)), Kind.DUPLICATE_ID)
                .isEqualTo("revision a1 is declared twice, in versions/one.yaml and versions/two.yaml; "
                        + "give one of them a new id and point its children's down_revision at it");
    }

    @Test
    void missingDownRevisionNamesTheFileAndTheMissingId() {
        failure(() -> map(rev("a1"), rev("b2", "zz9")), Kind.MISSING_DOWN_REVISION)
                .isEqualTo("b2 (versions/b2.yaml): down_revision zz9 names no revision; "
                        + "fix that header or restore the missing revision file");
    }

    @Test
    void missingDependencyNamesTheFileAndTheMissingId() {
        failure(() -> map(rev("a1"), depending("b2", List.of("a1"), "nowhere")), Kind.MISSING_DOWN_REVISION)
                .contains("versions/b2.yaml", "depends_on nowhere", "restore the missing revision file");
    }

    @Test
    void dependencyMayNameABranchLabel() {
        RevisionMap map = map(labelled("acc1", "accounts"), rev("net1"), depending("net2", List.of("net1"), "accounts"));
        assertThat(map.ancestors(Set.of("net2"))).containsExactly("acc1", "net1", "net2");
    }

    @Test
    void cycleNamesTheRevisionsOnIt() {
        failure(() -> map(rev("base"), rev("x1", "base", "z3"), rev("y2", "x1"), rev("z3", "y2"), rev("top", "z3")),
                Kind.CYCLE)
                .startsWith("revisions form a cycle: x1 -> z3 -> y2 -> x1")
                .doesNotContain("top").doesNotContain("base ->");
    }

    @Test
    void revisionNamingItselfIsACycle() {
        failure(() -> map(rev("a1", "a1")), Kind.CYCLE).contains("a1 -> a1");
    }

    @Test
    void cycleThroughDependsOnIsFound() {
        failure(() -> map(depending("a1", List.of(), "b2"), rev("b2", "a1")), Kind.CYCLE).contains("a1", "b2");
    }

    @Test
    void branchLabelUsedTwiceNamesBothRevisions() {
        failure(() -> map(labelled("a1", "accounts"), labelled("b2", "accounts", "a1")), Kind.DUPLICATE_LABEL)
                .isEqualTo("branch label `accounts` is on both a1 (versions/a1.yaml) and b2 (versions/b2.yaml); "
                        + "remove it from one of them or rename it");
    }

    @Test
    void branchLabelEqualToARevisionIdIsRefused() {
        failure(() -> map(labelled("a1", "b2"), rev("b2", "a1")), Kind.DUPLICATE_LABEL)
                .contains("`b2`", "equals a revision id", "rename the label");
    }

    @Test
    void branchLabelThatIsAKeywordOrHoldsAnAtSignIsRefused() {
        failure(() -> map(labelled("a1", "head")), Kind.DUPLICATE_LABEL).contains("reserved word");
        failure(() -> map(labelled("a1", "my@branch")), Kind.DUPLICATE_LABEL).contains("'@'");
    }

    @Test
    void duplicateDownRevisionEntriesCountOnce() {
        RevisionMap map = map(rev("a1"), rev("b2", "a1", "a1"));
        assertThat(map.children("a1")).containsExactly("b2");
        assertThat(map.get("b2").orElseThrow().isMerge()).isTrue();
        assertThat(map.upgradePlan(Set.of(), "head")).extracting(Step::id).containsExactly("a1", "b2");
    }
}
