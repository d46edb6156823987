package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PlainHeaderTest {
    private static final String[] VALUES = {"abc123", "0010", "null", "Null", "~", "", " x", "x ", "true", "yes",
        "[]", "[a, b]", "[a,b]", "[ a , b ]", "[a, ]", "[null]", "['a']", "\"q\"", "'q'", "a # comment", "a#b",
        "a: b", "a:b", "a:", "- a", "&anchor", "*alias", "!tag x", "|", ">", "%x", "@x", "`x", "?x", "{a: b}",
        "x, y", "it's", "say \"hi\"", "(draft) x", ".hidden", "2026-11-27T08:00:00Z", "é accent", "tab\there",
        "a\u2028b", "[a, [b]]", "label@head", "a.b-c_d"};
    private static final String[] KEYS = {"revision", "down_revision", "branch_labels", "depends_on", "message",
        "create_date", "transactional", "other"};

    private final RevisionFileReader reader = new RevisionFileReader();

    /** The YAML reading of the same header, or empty when YAML refuses it. */
    private Optional<Revision> yaml(String header) {
        try {
            return Optional.of(reader.readFull("f.yaml", header + "upgrade: []\ndowngrade: []\n").revision());
        } catch (ScriptException e) {
            return Optional.empty();
        }
    }

    @Test
    void theHeaderWritersWritePlainlyIsReadWithoutYamlAndAsYamlReadsIt() {
        String header = "# Add offer\n#\nrevision: 3f2a9c1b7d0e\ndown_revision: null\nbranch_labels: []\n"
                + "depends_on: []\nmessage: Add offer (draft), v2\ncreate_date: 2026-11-27T08:39:22Z\n"
                + "transactional: true\n\n";

        Optional<Revision> plain = PlainHeader.read(header, "f.yaml");

        assertThat(plain).isPresent();
        assertThat(plain).isEqualTo(yaml(header));
        assertThat(plain.get().message()).isEqualTo("Add offer (draft), v2");
    }

    @Test
    void listsOfIdsAndSingleIdsAreRead() {
        String header = "revision: m1\ndown_revision: [a1, b2]\nbranch_labels: shop\ndepends_on: [c3]\n";

        assertThat(PlainHeader.read(header, "f.yaml")).isEqualTo(yaml(header))
                .hasValueSatisfying(r -> assertThat(r.downRevisions()).containsExactly("a1", "b2"));
    }

    @Test
    void whateverItAcceptsYamlReadsToTheSameRevision() {
        Random random = new Random(42);
        int accepted = 0;
        for (int i = 0; i < 20_000; i++) {
            List<String> lines = new ArrayList<>();
            lines.add("revision: " + (random.nextInt(4) == 0 ? pick(random, VALUES) : "r" + i));
            for (int k = random.nextInt(5); k > 0; k--) {
                lines.add(pick(random, KEYS) + ":" + (random.nextInt(8) == 0 ? "" : " ") + pick(random, VALUES));
            }
            java.util.Collections.shuffle(lines, random);
            String header = String.join("\n", lines) + "\n";
            Optional<Revision> plain = PlainHeader.read(header, "f.yaml");
            if (plain.isPresent()) {
                accepted++;
                assertThat(plain).as(header).isEqualTo(yaml(header));
            }
        }
        assertThat(accepted).as("the fast path is taken often enough to be tested").isGreaterThan(1000);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
