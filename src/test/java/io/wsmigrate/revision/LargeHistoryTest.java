package io.wsmigrate.revision;

import io.wsmigrate.revision.RevisionException.Kind;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static io.wsmigrate.revision.Histories.failure;
import static io.wsmigrate.revision.Histories.ids;
import static io.wsmigrate.revision.Histories.rev;
import static io.wsmigrate.revision.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/** Deep and wide histories: every walk must be iterative (no StackOverflowError) and plans complete. */
class LargeHistoryTest {
    private static final int DEPTH = 5000;

    private static String id(int index) {
        return String.format("r%05d", index);
    }

    private static List<Revision> chain(int length) {
        List<Revision> revisions = new ArrayList<>();
        revisions.add(rev(id(0)));
        for (int i = 1; i < length; i++) {
            revisions.add(rev(id(i), id(i - 1)));
        }
        return revisions;
    }

    @Test
    void fiveThousandDeepChainIsWalkedWithoutRecursion() {
        RevisionMap map = RevisionMap.of(chain(DEPTH));
        String head = id(DEPTH - 1);
        assertThat(map.heads()).containsExactly(head);
        assertThat(map.ancestors(Set.of(head))).hasSize(DEPTH);
        assertThat(map.descendants(Set.of(id(0)))).hasSize(DEPTH);
        assertThat(map.resolve("head-4999", Set.of())).containsExactly(id(0));
        assertThat(map.resolve("+5000", Set.of())).containsExactly(head);
        assertThat(map.range("base:head", Set.of())).hasSize(DEPTH);

        List<Step> up = map.upgradePlan(Set.of(), "head");
        assertThat(ids(up)).hasSize(DEPTH).startsWith(id(0), id(1)).endsWith(head);
        Set<String> rows = new HashSet<>();
        for (Step step : up) {
            VersionTableChange change = map.change(rows, step);
            rows.removeAll(change.delete());
            rows.addAll(change.insert());
        }
        assertThat(rows).containsExactly(head);

        List<Step> down = map.downgradePlan(rows, "base");
        assertThat(ids(down)).hasSize(DEPTH).startsWith(head).endsWith(id(0));
        for (Step step : down) {
            VersionTableChange change = map.change(rows, step);
            assertThat(change.isSingleUpdate() || step.id().equals(id(0))).isTrue();
            rows.removeAll(change.delete());
            rows.addAll(change.insert());
        }
        assertThat(rows).isEmpty();
    }

    @Test
    void fiveThousandLongCycleIsReportedWithoutRecursion() {
        List<Revision> revisions = new ArrayList<>(chain(DEPTH));
        revisions.set(0, rev(id(0), id(DEPTH - 1)));
        failure(() -> RevisionMap.of(revisions), Kind.CYCLE).startsWith("revisions form a cycle: r00000 -> r04999 -> r04998");
    }

    @Test
    void thousandRevisionsWithBranchesMergesAndDependenciesPlanBothWays() {
        RevisionMap map = RevisionMap.of(randomHistory(1000, new Random(42)));
        assertThat(map.all()).hasSize(1000);
        assertThat(map.heads().size()).isGreaterThan(1);
        assertThat(map.branchPoints()).isNotEmpty();

        List<Step> up = map.upgradePlan(Set.of(), "heads");
        assertThat(ids(up)).hasSize(1000).doesNotHaveDuplicates();
        Set<String> rows = run(map, Set.of(), up);
        assertThat(map.ancestors(rows)).hasSize(1000);

        List<Step> down = map.downgradePlan(rows, "base");
        assertThat(ids(down)).hasSize(1000).doesNotHaveDuplicates();
        assertThat(run(map, rows, down)).isEmpty();
    }

    /** Mostly linear growth, with a few new bases, forks, merges of recent work and depends_on. */
    private static List<Revision> randomHistory(int size, Random random) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            List<String> down = new ArrayList<>();
            int roll = random.nextInt(100);
            if (i > 0 && roll >= 3) {
                down.add(id(roll < 80 ? i - 1 : recent(i, random)));
            }
            if (i > 20 && roll >= 88) {
                String other = id(recent(i, random));
                if (!down.contains(other)) {
                    down.add(other);
                }
            }
            List<String> dependsOn = i > 10 && roll < 8 ? List.of(id(random.nextInt(i))) : List.of();
            revisions.add(new Revision(id(i), down, List.of(), dependsOn, "", "versions/" + id(i) + ".yaml"));
        }
        return revisions;
    }

    private static int recent(int index, Random random) {
        return index - 1 - random.nextInt(Math.min(index, 20));
    }
}
