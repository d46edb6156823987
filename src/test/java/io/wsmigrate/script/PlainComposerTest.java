package io.wsmigrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.testing.TextMutations;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * {@link PlainComposer} composes exactly SnakeYAML's tree (node kinds, tags, values, order) for
 * every text it accepts: hand-written files with every quoting, escape and block form allowed
 * where it reads them, files generated from random trees in random styles (many of them not valid
 * YAML), and valid files with random edits. What it accepts reads to the same revision, checksum
 * included, as through SnakeYAML.
 */
class PlainComposerTest {
    private static final String HEADER = "revision: a1\ndown_revision: null\nmessage: m\n";

    /** Each must be read without SnakeYAML, and as SnakeYAML reads it. */
    static final List<String> PLAIN_FILES = List.of(
            HEADER + "upgrade: []\ndowngrade: []\n",
            HEADER + "branch_labels: []\ndepends_on: [a0, b0]\ncreate_date: 2026-01-01T00:00:00Z\ntransactional: true\n"
                    + "\nupgrade:\n  - createTable:\n      tableName: r0001\n      columns:\n"
                    + "        - column: {name: id, type: bigint, constraints: {primaryKey: true, primaryKeyName: r0001_pkey,"
                    + " nullable: false}}\n        - column: {name: name, type: character varying(100), constraints:"
                    + " {nullable: false}}\n\ndowngrade:\n  - dropTable: {tableName: r0001}\n",
            "# a comment\n#\n" + HEADER + "transactional: no\nupgrade:\n- sql: SELECT 1\n- sql:\n    sql: SELECT 2\n"
                    + "    splitStatements: off\ndowngrade:\n- dropTable: {tableName: t}\n",
            HEADER + "upgrade:\n  - sql: |\n      CREATE TABLE t (\n        id int\n      );\n\n      -- done\n"
                    + "  - sql: |-\n      SELECT 1;\n\n\n      # not a comment\n\n  - sql: 'it''s'\n"
                    + "  - sql: \"tab\\there \\\"q\\\" \\\\ \\x41\\u00e9\\N\\_\\L\\P\\0\\a\\b\\e\\f\\v\\r\\n\\ \"\n"
                    + "downgrade: []\n",
            HEADER + "upgrade:\n  - custom:\n      a: yes\n      b: ~\n      c:\n      d: 0x1F\n      e: 1_000\n"
                    + "      f: 1:20\n      g: -.inf\n      h: 2024-01-01\n      i: a:b\n      j: a#b\n      k: é 中文\n"
                    + "      l: [1, 2.5, 'x', \"y\", [], {}, {on: off}]\n      m: {n: {o: [p, q]}, r: ''}\n"
                    + "      s: -1\n      t: a  b\n      u: it's\n      on: true\n      yes: 1\n      v: numeric(10,2)\n"
                    + "      w:\n      - x\n      - y: z\n        z: y\n      x: {  a:  b  ,  c: d  }\n"
                    + "      y: 'a # b'\n      z: \"\"\n"
                    + "downgrade: []",
            HEADER + "upgrade:\n  # a comment inside\n  - sql: SELECT 1   \n    # between keys\n  - sql: |\n"
                    + "      x\n  # after a block\n\n\ndowngrade: []\n");

    /** Not read here (SnakeYAML reads or refuses them); each is a form the composer must not guess at. */
    static final List<String> NOT_PLAIN_FILES = List.of(
            HEADER + "upgrade:\n\t- sql: x\n",
            HEADER.replace("\n", "\r\n"),
            HEADER + "upgrade:\n  - sql: &a x\n  - sql: *a\n",
            HEADER + "upgrade:\n  - sql: !!str x\n",
            HEADER + "upgrade:\n  - sql: x # comment\n",
            HEADER + "upgrade:\n  - sql: two\n      lines\n",
            HEADER + "upgrade:\n  - sql: 'two\n      lines'\n",
            HEADER + "upgrade:\n  - sql: >\n      folded\n",
            HEADER + "upgrade:\n  - sql: |+\n      kept\n\n",
            HEADER + "upgrade:\n  - sql: |2\n       indented\n",
            HEADER + "upgrade:\n  - sql: |\n\n      leading blank line\n",
            "---\n" + HEADER,
            HEADER + "? upgrade\n: []\n",
            HEADER + "'upgrade': []\n",
            HEADER + "upgrade: [a,]\n",
            HEADER + "upgrade:\n  - {a: b,\n     c: d}\n",
            HEADER + "upgrade:\n  - - x\n",
            HEADER + "upgrade: \"\\U0001F600\"\n",
            HEADER + "upgrade:\n  - sql: {<<: {a: b}}\n",
            HEADER + "message: x\u2028y\n");

    @Example
    void plainFilesAreReadWithoutSnakeYamlAndAsSnakeYamlReadsThem() {
        for (String text : PLAIN_FILES) {
            assertThat(new PlainComposer().compose(text)).as(text).isPresent();
            assertSameAsSnakeYaml(text);
            RevisionFileReader reader = new RevisionFileReader();
            assertThat(reader.readFull("a.yaml", text)).as(text).isEqualTo(reader.readWithSnakeYaml("a.yaml", text));
        }
    }

    @Example
    void otherFormsAreLeftToSnakeYaml() {
        for (String text : NOT_PLAIN_FILES) {
            assertThat(new PlainComposer().compose(text)).as(text).isEmpty();
        }
    }

    @Example
    void generatedRevisionFilesReadLikeSnakeYaml() {
        for (Path file : goldenRevisions()) {
            String text = golden(file);
            assertThat(new PlainComposer().compose(text)).as(file.toString()).isPresent();
            RevisionFileReader reader = new RevisionFileReader();
            assertThat(reader.readFull("a.yaml", text)).isEqualTo(reader.readWithSnakeYaml("a.yaml", text));
        }
    }

    /** Seeds 0 to 2999: every accepted text agrees, and enough are accepted for that to mean something. */
    @Example
    void randomlyStyledTreesReadLikeSnakeYamlOrNotAtAll() {
        int accepted = 0;
        for (long seed = 0; seed < 3000; seed++) {
            accepted += assertSameAsSnakeYaml(RandomYaml.text(new Random(seed))) ? 1 : 0;
        }
        assertThat(accepted).isBetween(600, 2700);
    }

    @Property(tries = 1000)
    void anyRandomlyStyledTreeReadsLikeSnakeYamlOrNotAtAll(@ForAll long seed) {
        assertSameAsSnakeYaml(RandomYaml.text(new Random(seed)));
    }

    @Property(tries = 1500)
    void editedFilesReadLikeSnakeYamlOrNotAtAll(@ForAll("edited") String text) {
        assertSameAsSnakeYaml(text);
    }

    @Provide
    Arbitrary<String> edited() {
        List<String> seeds = new ArrayList<>(PLAIN_FILES);
        for (Path file : goldenRevisions()) {
            seeds.add(golden(file));
        }
        return TextMutations.mutants(seeds, 3);
    }

    /** True when the composer read the text; then SnakeYAML must read it, to the same tree. */
    private static boolean assertSameAsSnakeYaml(String text) {
        Optional<Node> plain = new PlainComposer().compose(text);
        if (plain.isEmpty()) {
            return false;
        }
        Node snake = YamlSyntax.create().compose(new StringReader(text));
        assertThat(tree(plain.get())).as(text).isEqualTo(tree(snake));
        return true;
    }

    /** Kinds, tags, values and order: everything the readers of revision files look at. */
    static String tree(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag() + "=" + scalar.getValue().replace("\\", "\\\\").replace("\n", "\\n") + ";";
        }
        StringBuilder out = new StringBuilder(String.valueOf(node.getTag()));
        if (node instanceof SequenceNode sequence) {
            out.append('[');
            sequence.getValue().forEach(item -> out.append(tree(item)));
            return out.append(']').toString();
        }
        out.append('{');
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            out.append(tree(tuple.getKeyNode())).append(':').append(tree(tuple.getValueNode()));
        }
        return out.append('}').toString();
    }

    /** A golden file of `revision --autogenerate` with its placeholders filled in. */
    private static String golden(Path file) {
        try {
            return Files.readString(file).replace("<rev1>", "a1b2c3").replace("<date>", "2026-01-01T00:00:00Z");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> goldenRevisions() {
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/revisions"))) {
            return files.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
