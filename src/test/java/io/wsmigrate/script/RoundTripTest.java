package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.wsmigrate.script.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;

class RoundTripTest {
    @TempDir
    Path dir;
    ScriptDirectory scripts;

    @BeforeEach
    void createScriptsFolder() {
        scripts = ScriptDirectory.init(dir.resolve("migrations"));
    }

    @Test
    void nastyStringsReadBackAsTheSameStrings() {
        NewRevisionFile nasty = Samples.nasty();

        Path written = scripts.write(nasty);
        RevisionScript loaded = scripts.load(nasty.id());

        Revision revision = loaded.revision();
        assertThat(revision.id()).isEqualTo(nasty.id());
        assertThat(revision.downRevisions()).containsExactly("1a2b3c4d5e6f", "0010");
        assertThat(revision.branchLabels()).containsExactly("yes", "billing");
        assertThat(revision.dependsOn()).containsExactly("deadbeef0001");
        assertThat(revision.message()).isEqualTo(nasty.message());
        assertThat(revision.source()).isEqualTo(written.toString());
        assertThat(loaded.transactional()).isFalse();
        assertThat(loaded.path()).isEqualTo(written.toString());
        assertThat(loaded.upgrade().get(0)).isEqualTo(map("sql", map("sql", nasty.upgrade().get(0).get("sql"))));
        assertThat(loaded.upgrade().subList(1, 4)).isEqualTo(nasty.upgrade().subList(1, 4));
        assertThat(loaded.downgrade()).containsExactly(map("sql", map("sql", "DROP INDEX CONCURRENTLY ix_offer_price;")));
    }

    @Test
    void stringsThatLookLikeOtherTypesStayStrings() {
        scripts.write(Samples.nasty());

        Map<?, ?> attributes = (Map<?, ?>) scripts.load("3f2a9c1b7d0e").upgrade().get(2).get("customThing");

        assertThat(attributes.get("value4")).isEqualTo("0010");
        assertThat(attributes.get("value5")).isEqualTo("yes");
        assertThat(attributes.get("value7")).isEqualTo("on");
        assertThat(attributes.get("value9")).isEqualTo("null");
        assertThat(attributes.get("value15")).isEqualTo("2024-01-01");
        assertThat(attributes.get("on")).isEqualTo("key that YAML 1.1 reads as true");
        assertThat(attributes.get("number")).isEqualTo(42);
        assertThat(attributes.get("long")).isEqualTo(12345678901234L);
        assertThat(attributes.get("double")).isEqualTo(2.5);
        assertThat(attributes.get("flag")).isEqualTo(false);
        assertThat(attributes.containsKey("nothing")).isTrue();
        assertThat(attributes.get("nothing")).isNull();
    }

    @Test
    void multiLineSqlIsWrittenAsALiteralBlock() {
        Path written = scripts.write(Samples.nasty());

        assertThat(written).content().contains(
                "  - sql: |\n      CREATE INDEX CONCURRENTLY ix_offer_price\n          ON offer (price) -- '#' and: colons\n");
    }

    @Test
    void typicalRevisionIsWrittenAsReadableBlockYaml() {
        Path written = scripts.write(Samples.revision("1a2b3c4d5e6f"));

        assertThat(written.getFileName().toString()).isEqualTo("1a2b3c4d5e6f_add_offer_1a2b3c4d5e6f.yaml");
        assertThat(written).content().isEqualTo(String.join("\n",
                "# Add offer 1a2b3c4d5e6f",
                "#",
                "# Revision ID: 1a2b3c4d5e6f",
                "# Revises: (base)",
                "# Create Date: 2026-11-27 08:00:00 UTC",
                "# Detected: new table offer",
                "revision: 1a2b3c4d5e6f",
                "down_revision: null",
                "branch_labels: []",
                "depends_on: []",
                "message: Add offer 1a2b3c4d5e6f",
                "create_date: 2026-11-27T08:00:00Z",
                "transactional: true",
                "",
                "upgrade:",
                "  - createTable:",
                "      tableName: offer_1a2b3c4d5e6f",
                "      columns:",
                "        - column:",
                "            name: id",
                "            type: bigint",
                "            autoIncrement: true",
                "            constraints: {primaryKey: true, nullable: false}",
                "        - column: {name: price, type: 'numeric(12, 2)', defaultValueNumeric: 0}",
                "",
                "downgrade:",
                "  - dropTable: {tableName: offer_1a2b3c4d5e6f}",
                ""));
    }

    @Test
    void baseSingleParentAndMergeRevisionsKeepTheirParents() {
        scripts.write(Samples.revision("aaaa00000001"));
        scripts.write(Samples.revision("bbbb00000002", "aaaa00000001"));
        scripts.write(Samples.revision("cccc00000003", "aaaa00000001"));
        scripts.write(Samples.revision("dddd00000004", "bbbb00000002", "cccc00000003"));

        assertThat(scripts.load("aaaa00000001").revision().isBase()).isTrue();
        assertThat(scripts.load("bbbb00000002").revision().downRevisions()).containsExactly("aaaa00000001");
        assertThat(scripts.load("dddd00000004").revision().downRevisions())
                .containsExactly("bbbb00000002", "cccc00000003");
        assertThat(scripts.load("dddd00000004").revision().isMerge()).isTrue();
    }

    @Test
    void emptyChangeListsAreWrittenAsEmptyFlowLists() {
        NewRevisionFile merge = new NewRevisionFile("eeee00000005", List.of("a1", "b2"), List.of(), List.of(),
                "merge heads", Samples.DATE, true, List.of(), List.of(), List.of());

        Path written = scripts.write(merge);

        assertThat(written).content().contains("\nupgrade: []\n", "\ndowngrade: []\n", "down_revision: [a1, b2]\n");
        RevisionScript loaded = scripts.load("eeee00000005");
        assertThat(loaded.upgrade()).isEmpty();
        assertThat(loaded.downgrade()).isEmpty();
    }

    @Test
    void loadedEntriesCannotBeModified() {
        scripts.write(Samples.revision("aaaa00000001"));

        RevisionScript loaded = scripts.load("aaaa00000001");

        Map<String, Object> createTable = loaded.upgrade().get(0);
        assertThat(createTable).isUnmodifiable();
        assertThat((Map<?, ?>) createTable.get("createTable")).isUnmodifiable();
        assertThat((List<?>) ((Map<?, ?>) createTable.get("createTable")).get("columns")).isUnmodifiable();
    }

    @Test
    void fileNameIsTheIdAndAShortSlugOfTheMessage() {
        assertThat(FileNames.fileName("ab12", "Add offer: price (EUR) & café!")).isEqualTo("ab12_add_offer_price_eur_cafe.yaml");
        assertThat(FileNames.fileName("ab12", "")).isEqualTo("ab12.yaml");
        assertThat(FileNames.fileName("ab12", "!!!")).isEqualTo("ab12.yaml");
        assertThat(FileNames.slug("a very long message that goes on and on about many tables and columns"))
                .hasSizeLessThanOrEqualTo(FileNames.MAX_SLUG_LENGTH)
                .isEqualTo("a_very_long_message_that_goes_on_and_on");
    }
}
