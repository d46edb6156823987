package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderListingTest {
    @TempDir
    Path dir;
    ScriptDirectory scripts;
    Path versions;

    @BeforeEach
    void createScriptsFolder() {
        scripts = ScriptDirectory.init(dir.resolve("migrations"));
        versions = dir.resolve("migrations/versions");
    }

    @Test
    void headerOnlyListingEqualsFullParseForEveryShapeOfFile() throws Exception {
        scripts.write(Samples.revision("a1000000000a"));
        scripts.write(Samples.nasty());
        hand("b_keys_after_changes.yaml", "revision: b2\nupgrade:\n  - dropTable: {tableName: x}\n"
                + "down_revision: a1000000000a\nmessage: late keys\ndowngrade: []\n");
        hand("c_compact_lists.yaml", "revision: c3\ndown_revision: b2\nupgrade:\n- dropTable: {tableName: x}\n"
                + "downgrade:\n-   sql: select 1\n");
        hand("d_document_start.yaml", "---\nrevision: d4\ndown_revision: [c3, b2]\nupgrade: []\ndowngrade: []\n");
        hand("e_revision_last.yaml", "upgrade: []\ndowngrade: []\nrevision: e5\ndown_revision: d4\n");
        hand("f_no_changes.yaml", "revision: f6\ndown_revision: e5\nbranch_labels: reporting\nmessage: marker\n");
        hand("g_crlf.yaml", "revision: g7\r\ndown_revision: f6\r\nmessage: windows\r\nupgrade:\r\n"
                + "  - sql: select 1\r\ndowngrade: []\r\n");
        hand("h_bom.yaml", "\uFEFFrevision: h8\ndown_revision: g7\nupgrade: []\n");
        hand("i_quoted_message.yaml", "revision: i9\ndown_revision: h8\nmessage: \"first\n"
                + "upgrade: not a key\"\nupgrade: []\n");
        hand("j_comments.yaml", "# upgrade: in a comment\nrevision: j10 # trailing comment\n"
                + "down_revision: i9\n\nupgrade: [] # none\n# downgrade:\ndowngrade: []\n...\n");

        List<Revision> listed = scripts.revisions();

        List<Revision> parsed = listed.stream().map(revision -> scripts.load(revision.id()).revision())
                .collect(Collectors.toList());
        assertThat(listed).isEqualTo(parsed).hasSize(11);
        assertThat(listed).extracting(Revision::id).contains("b2", "e5", "i9");
        assertThat(scripts.load("b2").revision().downRevisions()).containsExactly("a1000000000a");
        assertThat(scripts.load("e5").revision().downRevisions()).containsExactly("d4");
        assertThat(scripts.load("f6").revision().branchLabels()).containsExactly("reporting");
        assertThat(scripts.load("i9").revision().message()).isEqualTo("first upgrade: not a key");
    }

    @Test
    void listingIsInFileNameOrderAndSkipsOtherFiles() throws Exception {
        hand("b.yaml", "revision: second\nupgrade: []\n");
        hand("a.yml", "revision: first\nupgrade: []\n");
        hand("notes.txt", "not a revision");
        hand("c.yaml~", "revision: backup\n");
        hand(".c.yaml.123.tmp", "revision: temp\n");
        Files.createDirectories(versions.resolve("sub.yaml"));

        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("first", "second");
    }

    @Test
    void listingSeesFilesWrittenSinceTheLastListing() {
        assertThat(scripts.revisions()).isEmpty();

        scripts.write(Samples.revision("a1"));

        assertThat(scripts.revisions()).extracting(Revision::id).containsExactly("a1");
        assertThat(scripts.load("a1").revision().message()).isEqualTo("Add offer a1");
    }

    private void hand(String name, String text) throws Exception {
        Files.writeString(versions.resolve(name), text);
    }
}
