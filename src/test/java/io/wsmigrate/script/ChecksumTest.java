package io.wsmigrate.script;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumTest {
    private static final String ORIGINAL = String.join("\n",
            "# Add offer",
            "revision: ab12",
            "down_revision: null",
            "message: Add offer",
            "create_date: 2026-11-27T08:00:00Z",
            "upgrade:",
            "  - createTable:",
            "      tableName: offer",
            "      columns:",
            "        - column: {name: id, type: bigint, constraints: {primaryKey: true}}",
            "        - column: {name: price, type: 'numeric(12, 2)', defaultValueNumeric: 0}",
            "  - sql: select 1",
            "downgrade:",
            "  - dropTable: {tableName: offer}",
            "");

    @TempDir
    Path dir;
    ScriptDirectory scripts;
    Path file;

    @BeforeEach
    void writeOriginal() throws Exception {
        scripts = ScriptDirectory.init(dir.resolve("migrations"));
        file = dir.resolve("migrations/versions/ab12_add_offer.yaml");
        Files.writeString(file, ORIGINAL);
    }

    @Test
    void checksumIsTheSha256OfWhatRuns() {
        assertThat(checksumOf(ORIGINAL)).matches("[0-9a-f]{64}").isEqualTo(checksumOf(ORIGINAL));
    }

    @Test
    void editingCommentsMessageDateAndLayoutKeepsTheChecksum() throws Exception {
        String original = checksumOf(ORIGINAL);

        String tidied = String.join("\n",
                "# Add offer, reviewed by Ana",
                "# A second comment line",
                "revision: ab12",
                "message: Add offers to the catalogue",
                "create_date: 2027-01-01T00:00:00Z",
                "transactional: true",
                "downgrade: [{dropTable: {tableName: offer}}]",
                "upgrade:",
                "  - createTable:",
                "      columns:",
                "        - column:",
                "            type: bigint",
                "            name: id   # the key",
                "            constraints:",
                "              primaryKey: true",
                "        - column: {defaultValueNumeric: 0, name: price, type: \"numeric(12, 2)\"}",
                "      tableName: offer",
                "  - sql: {sql: select 1}",
                "");

        assertThat(checksumOf(tidied)).isEqualTo(original);
    }

    @Test
    void anyChangeToWhatRunsChangesTheChecksum() {
        String original = checksumOf(ORIGINAL);

        assertThat(checksumOf(ORIGINAL.replace("type: bigint", "type: int"))).isNotEqualTo(original);
        assertThat(checksumOf(ORIGINAL.replace("select 1", "select 2"))).isNotEqualTo(original);
        assertThat(checksumOf(ORIGINAL.replace("defaultValueNumeric: 0", "defaultValueNumeric: '0'")))
                .isNotEqualTo(original);
        assertThat(checksumOf(ORIGINAL.replace("{tableName: offer}", "{tableName: offer, cascadeConstraints: true}")))
                .isNotEqualTo(original);
        assertThat(checksumOf(ORIGINAL.replace("message: Add offer", "message: Add offer\ntransactional: false")))
                .isNotEqualTo(original);
        String sqlFirst = ORIGINAL.replace("  - sql: select 1\n", "").replace("upgrade:\n", "upgrade:\n  - sql: select 1\n");
        assertThat(checksumOf(sqlFirst)).as("the same changes in another order").isNotEqualTo(original);
    }

    @Test
    void writtenAndReloadedChecksumsAgree() {
        Path written = scripts.write(Samples.revision("cd34"));

        String first = scripts.load("cd34").checksum();

        assertThat(written).exists();
        assertThat(ScriptDirectory.open(scripts.location()).load("cd34").checksum()).isEqualTo(first);
    }

    private String checksumOf(String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return scripts.load("ab12").checksum();
    }
}
