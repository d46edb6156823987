package io.wsmigrate.revision;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.wsmigrate.revision.Histories.ids;
import static io.wsmigrate.revision.Histories.run;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random DAGs: a full upgrade then a full downgrade visit every revision exactly once each way,
 * in an order that respects every link, and the version rows always equal heads(applied).
 */
class RevisionGraphProperties {

    @Property(tries = 200)
    void fullUpgradeThenFullDowngradeVisitEachRevisionOnce(@ForAll("dags") List<Revision> revisions) {
        RevisionMap map = RevisionMap.of(revisions);
        List<Step> up = map.upgradePlan(Set.of(), "heads");
        assertThat(ids(up)).doesNotHaveDuplicates().hasSize(revisions.size());
        assertRespectsLinks(map, ids(up));
        Set<String> rows = run(map, Set.of(), up);
        assertThat(rows).isEqualTo(map.headsOf(map.heads()));

        List<Step> down = map.downgradePlan(rows, "base");
        assertThat(ids(down)).doesNotHaveDuplicates().hasSize(revisions.size());
        List<String> downOrder = new ArrayList<>(ids(down));
        Collections.reverse(downOrder);
        assertRespectsLinks(map, downOrder);
        assertThat(run(map, rows, down)).isEmpty();
    }

    @Property(tries = 200)
    void upgradeInTwoLegsAppliesTheSameRevisionsAsOneLeg(@ForAll("dags") List<Revision> revisions,
                                                          @ForAll int pick) {
        RevisionMap map = RevisionMap.of(revisions);
        String middle = revisions.get(Math.floorMod(pick, revisions.size())).id();
        List<Step> first = map.upgradePlan(Set.of(), middle);
        assertThat(ids(first)).containsExactlyInAnyOrderElementsOf(map.ancestors(Set.of(middle)));
        Set<String> rows = run(map, Set.of(), first);
        List<Step> second = map.upgradePlan(rows, "heads");
        Set<String> top = run(map, rows, second);
        assertThat(Collections.disjoint(ids(first), ids(second))).isTrue();
        assertThat(first.size() + second.size()).isEqualTo(revisions.size());

        List<Step> back = map.downgradePlan(top, middle);
        assertThat(ids(back)).containsExactlyInAnyOrderElementsOf(descendantsExcept(map, middle));
        run(map, top, back);
    }

    /**
     * What the version table's check takes from one walk: everything below a set, and which members
     * stand below another, are the ancestors and the non-heads of the set.
     */
    @Property(tries = 200)
    void strictlyBelowIsTheAncestorsWithoutTheSetsOwnHeads(@ForAll("dags") List<Revision> revisions,
                                                           @ForAll List<Integer> picks) {
        RevisionMap map = RevisionMap.of(revisions);
        Set<String> chosen = new LinkedHashSet<>();
        picks.stream().limit(4).forEach(pick -> chosen.add(revisions.get(Math.floorMod(pick, revisions.size())).id()));
        Set<String> below = map.strictlyBelow(chosen);
        Set<String> expected = new LinkedHashSet<>(map.ancestors(chosen));
        expected.removeAll(map.headsOf(chosen));
        assertThat(below).containsExactlyInAnyOrderElementsOf(expected);
        chosen.forEach(id -> assertThat(below.contains(id)).as(id).isEqualTo(!map.headsOf(chosen).contains(id)));
    }

    private static Set<String> descendantsExcept(RevisionMap map, String id) {
        Set<String> above = new LinkedHashSet<>(map.descendants(Set.of(id)));
        above.remove(id);
        return above;
    }

    /** Every parent and dependency comes before the revision that names it. */
    private static void assertRespectsLinks(RevisionMap map, List<String> order) {
        Map<String, Integer> position = new HashMap<>();
        order.forEach(id -> position.put(id, position.size()));
        for (String id : order) {
            Revision revision = map.get(id).orElseThrow();
            List<String> below = new ArrayList<>(revision.downRevisions());
            below.addAll(revision.dependsOn());
            below.forEach(down -> assertThat(position.get(down)).as("%s before %s", down, id).isLessThan(position.get(id)));
        }
    }

    @Provide
    Arbitrary<List<Revision>> dags() {
        Arbitrary<List<Integer>> parentPicks = Arbitraries.integers().between(0, 1000).list().ofMaxSize(3);
        Arbitrary<List<Integer>> dependencyPicks = Arbitraries.integers().between(0, 1000).list().ofMaxSize(1);
        return Combinators.combine(parentPicks, dependencyPicks).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(30)
                .map(RevisionGraphProperties::build);
    }

    /** Each node picks up to three parents and at most one dependency among earlier nodes. */
    private static List<Revision> build(List<Tuple2<List<Integer>, List<Integer>>> nodes) {
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            List<String> down = earlier(nodes.get(i).get1(), i);
            List<String> dependsOn = new ArrayList<>(earlier(nodes.get(i).get2(), i));
            dependsOn.removeAll(down);
            revisions.add(new Revision(id(i), down, List.of(), dependsOn, "", "random/" + i));
        }
        return revisions;
    }

    private static List<String> earlier(List<Integer> picks, int index) {
        Set<String> chosen = new LinkedHashSet<>();
        if (index > 0) {
            picks.forEach(pick -> chosen.add(id(pick % index)));
        }
        return List.copyOf(chosen);
    }

    /** Scrambled ids, so id order differs from creation order: 7919 is odd, so i -> 7919 i mod 65536 is a bijection: distinct ids in scrambled order. */
    private static String id(int index) {
        return String.format("%04x", (index * 7919 + 13) % 65536);
    }
}
