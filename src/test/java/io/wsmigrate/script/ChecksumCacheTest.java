package io.wsmigrate.script;

import io.wsmigrate.speed.ChecksumCache;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;


import static org.assertj.core.api.Assertions.assertThat;

class ChecksumCacheTest {
    private static final String FILE = String.join("\n",
            "revision: ab12",
            "down_revision: null",
            "message: Add offer",
            "upgrade:",
            "  - createTable:",
            "      tableName: offer",
            "      columns:",
            "        - column: {name: id, type: bigint, constraints: {primaryKey: true}}",
            "downgrade:",
            "  - dropTable: {tableName: offer}",
            "");

    @TempDir
    Path dir;
    Path migrations;
    Path cache;
    Path file;

    @BeforeEach
    void writeRevision() throws Exception {
        migrations = dir.resolve("migrations");
        cache = dir.resolve(".ws-migrate/cache");
        ScriptDirectory.init(migrations);
        file = migrations.resolve("versions/ab12_add_offer.yaml");
        Files.writeString(file, FILE);
    }

    private ScriptDirectory open() {
        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Folder(migrations), cache);
        scripts.revisions();
        return scripts;
    }

    @Test
    void checksumFromTheCacheEqualsTheChecksumOfAFullParse() {
        String parsed = open().load("ab12").checksum();

        assertThat(Files.exists(cache.resolve(ChecksumCache.FILE_NAME))).isTrue();
        assertThat(open().checksum("ab12")).isEqualTo(parsed);
    }

    @Test
    void aCachedEntryIsUsedWithoutParsingTheFileAgain() throws Exception {
        open().load("ab12");
        String key = ChecksumCache.textHash(FILE);
        Files.writeString(cache.resolve(ChecksumCache.FILE_NAME), key + " " + "0".repeat(64) + "\n");

        assertThat(open().checksum("ab12")).isEqualTo("0".repeat(64));
    }

    @Test
    void checksumsLearnedByABatchOfLoadsAreWrittenOnceTheBatchIsDone() throws Exception {
        Files.writeString(migrations.resolve("versions/cd34_add_price.yaml"), FILE.replace("ab12", "cd34")
                .replace("down_revision: null", "down_revision: ab12").replace("offer", "price"));
        ScriptDirectory scripts = open();
        Path written = cache.resolve(ChecksumCache.FILE_NAME);

        String first = scripts.loadWithTextHash("ab12").script().checksum();
        String second = scripts.loadWithTextHash("cd34").script().checksum();
        assertThat(written).doesNotExist();

        scripts.rememberChecksums();
        assertThat(Files.readAllLines(written)).containsExactlyInAnyOrder(
                ChecksumCache.textHash(Files.readString(file)) + " " + first,
                ChecksumCache.textHash(Files.readString(migrations.resolve("versions/cd34_add_price.yaml"))) + " "
                        + second);
        assertThat(open().checksum("cd34")).isEqualTo(second);
    }

    @Test
    void textKeyTellsApartTextsOfTheSameLengthAndIsStable() {
        String edited = FILE.replace("bigint", "bigind");

        assertThat(ChecksumCache.textHash(FILE)).matches("[0-9a-f]{24}").isEqualTo(ChecksumCache.textHash(FILE))
                .isNotEqualTo(ChecksumCache.textHash(edited));
        assertThat(ChecksumCache.textHash("caf\u00e9")).isNotEqualTo(ChecksumCache.textHash("cafe\u0301"));
    }

    @Test
    void onlyWholeLinesOfAKeyAndAChecksumInHexAreRead() throws Exception {
        Files.createDirectories(cache);
        String good = "0".repeat(24) + " " + "a".repeat(64);
        String upperCase = "1".repeat(24) + " " + "A".repeat(64);
        String badSeparator = "2".repeat(24) + "\t" + "b".repeat(64);
        String tooLong = "3".repeat(24) + " " + "c".repeat(65);
        String torn = "4".repeat(24) + " " + "d".repeat(40);
        Files.writeString(cache.resolve(ChecksumCache.FILE_NAME),
                String.join("\n", good, upperCase, badSeparator, tooLong, "", torn));

        ChecksumCache read = ChecksumCache.in(cache);

        assertThat(read.get("0".repeat(24))).contains("a".repeat(64));
        assertThat(List.of("1", "2", "3", "4")).allSatisfy(digit -> assertThat(read.get(digit.repeat(24))).isEmpty());
    }

    @Test
    void cacheFolderIgnoresItselfInGitAndDropsTheOldFormatsFile() throws Exception {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve("revision-checksums-v1.txt"), "a".repeat(64) + " " + "b".repeat(64) + "\n");

        open().load("ab12");

        assertThat(cache.resolve(".gitignore")).content().contains("*");
        assertThat(cache.getParent().resolve(".gitignore")).as(".ws-migrate ignores itself").content().contains("\n*\n");
        assertThat(cache.resolve("revision-checksums-v1.txt")).doesNotExist();
    }

    @Test
    void anEditedFileIsParsedAgainNotServedFromTheCache() throws Exception {
        String before = open().checksum("ab12");

        Files.writeString(file, FILE.replace("type: bigint", "type: integer"));

        ScriptDirectory scripts = open();
        assertThat(scripts.checksum("ab12")).isNotEqualTo(before).isEqualTo(scripts.load("ab12").checksum());
    }

    @Test
    void aDamagedOrUnwritableCacheOnlyMeansParsingAgain() throws Exception {
        Files.createDirectories(cache);
        Files.writeString(cache.resolve(ChecksumCache.FILE_NAME), "not a cache line\n\u0000\u0001garbage");
        String expected = ScriptDirectory.open(new ScriptLocation.Folder(migrations)).load("ab12").checksum();

        assertThat(open().checksum("ab12")).isEqualTo(expected);

        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the cache folder should be");
        ScriptDirectory scripts = ScriptDirectory.open(new ScriptLocation.Folder(migrations), blocked.resolve("cache"));
        scripts.revisions();
        assertThat(scripts.checksum("ab12")).isEqualTo(expected);
    }
}
