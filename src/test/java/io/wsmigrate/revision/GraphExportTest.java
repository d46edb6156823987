package io.wsmigrate.revision;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class GraphExportTest {

    private static Revision revision(String id, String message, String... down) {
        return new Revision(id, List.of(down), List.of(), List.of(), message, "versions/" + id + ".yaml");
    }

    /** The diamond a1 <- b2, c3 <- d4, a1 labelled core, and x1, a base that depends on core. */
    private static RevisionMap diamondWithDependency() {
        return RevisionMap.of(List.of(
                new Revision("a1", List.of(), List.of("core"), List.of(), "Initial", "a1.yaml"),
                revision("b2", "Feature B", "a1"),
                revision("c3", "Feature C", "a1"),
                revision("d4", "Merge", "b2", "c3"),
                new Revision("x1", List.of(), List.of(), List.of("core"), "Audit", "x1.yaml")));
    }

    @Test
    void mermaidDrawsParentToChildEdgesDottedDependenciesAndBoldHeads() {
        assertThat(GraphExport.mermaid(diamondWithDependency())).isEqualTo("""
                flowchart BT
                    a1["a1 [core]: Initial"]
                    b2["b2: Feature B"]
                    c3["c3: Feature C"]
                    d4["d4: Merge"]
                    x1["x1: Audit"]
                    a1 --> b2
                    a1 --> c3
                    b2 --> d4
                    c3 --> d4
                    a1 -. depends on .-> x1
                    classDef head stroke-width:3px,font-weight:bold
                    class d4,x1 head
                """);
    }

    @Test
    void dotDrawsParentToChildEdgesDashedDependenciesAndBoldHeads() {
        assertThat(GraphExport.dot(diamondWithDependency())).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box, style=rounded];
                    "a1" [label="a1 [core]: Initial"];
                    "b2" [label="b2: Feature B"];
                    "c3" [label="c3: Feature C"];
                    "d4" [label="d4: Merge", style="rounded,bold", penwidth=2];
                    "x1" [label="x1: Audit", style="rounded,bold", penwidth=2];
                    "a1" -> "b2";
                    "a1" -> "c3";
                    "b2" -> "d4";
                    "c3" -> "d4";
                    "a1" -> "x1" [style=dashed, label="depends on"];
                }
                """);
    }

    @Test
    void linearHistoryExportsOneEdgePerRevisionAndOneHead() {
        RevisionMap map = RevisionMap.of(List.of(revision("a1", ""), revision("b2", "Add users", "a1")));
        assertThat(GraphExport.mermaid(map)).isEqualTo("""
                flowchart BT
                    a1["a1"]
                    b2["b2: Add users"]
                    a1 --> b2
                    classDef head stroke-width:3px,font-weight:bold
                    class b2 head
                """);
        assertThat(GraphExport.dot(map)).contains("    \"a1\" [label=\"a1\"];\n", "    \"a1\" -> \"b2\";\n");
    }

    @Test
    void mermaidEscapesQuotesEntitiesAndHtmlButKeepsBracketsAndUnicode() {
        RevisionMap map = RevisionMap.of(List.of(
                revision("a1", "Say \"hi\" [to] {all} <b>now</b> & #12; `code` %% ;"),
                revision("b2", "Ünïcödé — 日本語 ✓ back\\slash\nsecond\tline", "a1")));
        assertThat(GraphExport.mermaid(map)).contains(
                "    a1[\"a1: Say #34;hi#34; [to] {all} #60;b#62;now#60;/b#62; #38; #35;12; #96;code#96; %% ;\"]\n",
                "    b2[\"b2: Ünïcödé — 日本語 ✓ back\\slash second line\"]\n");
    }

    @Test
    void mermaidEscapesColonsWhereItWouldOtherwiseTrimASemicolonMeantForStyles() {
        RevisionMap map = RevisionMap.of(List.of(revision("a1", "Restyle: #fff;"), revision("b2", "Plain: #1", "a1")));
        assertThat(GraphExport.mermaid(map)).contains(
                "    a1[\"a1#58; Restyle#58; #35;fff;\"]\n",
                "    b2[\"b2: Plain: #35;1\"]\n");
    }

    @Test
    void dotEscapesQuotesBackslashesAndEntitiesButKeepsBracketsAndUnicode() {
        RevisionMap map = RevisionMap.of(List.of(
                revision("a1", "Say \"hi\" [to] {all} <b>now</b> & &lt; \\N"),
                revision("b2", "Ünïcödé — 日本語 ✓\nends in a backslash \\", "a1")));
        assertThat(GraphExport.dot(map)).contains(
                "    \"a1\" [label=\"a1: Say \\\"hi\\\" [to] {all} <b>now</b> &amp; &amp;lt; \\\\N\"];\n",
                "    \"b2\" [label=\"b2: Ünïcödé — 日本語 ✓ ends in a backslash \\\\\", style=\"rounded,bold\", penwidth=2];\n");
    }

    @Test
    void mermaidGivesIdsThatAreNotPlainWordsANodeIdOfTheirOwn() {
        RevisionMap map = RevisionMap.of(List.of(
                revision("end", "Keyword"), revision("rev_0", "Taken", "end"), revision("we ird\"id", "Odd", "rev_0")));
        assertThat(GraphExport.mermaid(map)).isEqualTo("""
                flowchart BT
                    rev_0_["end: Keyword"]
                    rev_0["rev_0: Taken"]
                    rev_2["we ird#34;id: Odd"]
                    rev_0_ --> rev_0
                    rev_0 --> rev_2
                    classDef head stroke-width:3px,font-weight:bold
                    class rev_2 head
                """);
        assertThat(GraphExport.dot(map)).contains("    \"we ird\\\"id\" [label=\"we ird\\\"id: Odd\"",
                "    \"rev_0\" -> \"we ird\\\"id\";\n");
    }

    @Test
    void mergeOfThreeParentsAndTwoBasesExportEveryEdgeInTopologicalOrder() {
        RevisionMap map = RevisionMap.of(List.of(revision("a0", "A"), revision("b0", "B"), revision("c1", "C", "a0"),
                revision("m2", "Merge", "c1", "b0", "a0")));
        assertThat(GraphExport.dot(map)).endsWith("""
                    "a0" -> "c1";
                    "c1" -> "m2";
                    "b0" -> "m2";
                    "a0" -> "m2";
                }
                """);
    }

    @Test
    void emptyHistoryExportsAnEmptyGraph() {
        RevisionMap empty = RevisionMap.of(List.of());
        assertThat(GraphExport.mermaid(empty)).isEqualTo("flowchart BT\n");
        assertThat(GraphExport.dot(empty)).isEqualTo("""
                digraph revisions {
                    rankdir=BT;
                    node [shape=box, style=rounded];
                }
                """);
    }

    @Test
    void exportsDoNotDependOnTheOrderRevisionsAreGivenIn() {
        List<Revision> revisions = new ArrayList<>(RandomHistories.generate(new Random(5), 80));
        String mermaid = GraphExport.mermaid(RevisionMap.of(revisions));
        String dot = GraphExport.dot(RevisionMap.of(revisions));
        Collections.shuffle(revisions, new Random(9));
        assertThat(GraphExport.mermaid(RevisionMap.of(revisions))).isEqualTo(mermaid);
        assertThat(GraphExport.dot(RevisionMap.of(revisions))).isEqualTo(dot);
    }
}
