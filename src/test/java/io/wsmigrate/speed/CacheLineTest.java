package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.revision.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The line format of {@link CompiledStepCache}: what is written comes back the same, or not at all. */
class CacheLineTest {
    private static final String TEXT_HASH = "a".repeat(64);
    private static final String CHECKSUM = "0123456789abcdef".repeat(4);

    @Test
    void statementsOfAnyTextComeBackExactly() {
        List<String> statements = List.of("CREATE TABLE t (id int)", "", "COMMENT ON TABLE t IS 'Ünïcödé — ✓ 😀'",
                "DO $$\nBEGIN\n\tRAISE NOTICE 'a b  c';\r\nEND $$", " leading and trailing spaces ");
        CacheLine.Entry entry = new CacheLine.Entry(TEXT_HASH, Direction.DOWNGRADE,
                new StepSql(statements, false, CHECKSUM));

        String line = CacheLine.format(entry).orElseThrow();

        assertThat(line).matches("[ -~]+");
        assertThat(CacheLine.parse(line)).contains(entry);
    }

    @Test
    void aStepWithoutStatementsIsALineToo() {
        CacheLine.Entry entry = new CacheLine.Entry(TEXT_HASH, Direction.UPGRADE, new StepSql(List.of(), true, CHECKSUM));

        assertThat(CacheLine.parse(CacheLine.format(entry).orElseThrow())).contains(entry);
    }

    @Test
    void aLineCutShortOrAlteredAnywhereIsNoLine() {
        String line = CacheLine.format(new CacheLine.Entry(TEXT_HASH, Direction.UPGRADE,
                new StepSql(List.of("SELECT 1", "SELECT 2"), true, CHECKSUM))).orElseThrow();

        assertThat(CacheLine.parse(line.substring(0, line.lastIndexOf(' ')))).as("digest cut off").isEmpty();
        for (int end = 1; end < line.length(); end++) {
            assertThat(CacheLine.parse(line.substring(0, end))).as("cut at " + end).isEmpty();
        }
        for (int i = 0; i < line.length(); i++) {
            char other = line.charAt(i) == 'A' ? 'B' : 'A';
            String altered = line.substring(0, i) + other + line.substring(i + 1);
            assertThat(CacheLine.parse(altered)).as("altered at " + i).isEmpty();
        }
        assertThat(CacheLine.parse(line + " ")).isEmpty();
        assertThat(CacheLine.parse("")).isEmpty();
    }

    @Test
    void aStatementThatWouldNotComeBackTheSameIsNotRemembered() {
        StepSql lonelySurrogate = new StepSql(List.of("SELECT '\uD800'"), true, CHECKSUM);

        assertThat(CacheLine.format(new CacheLine.Entry(TEXT_HASH, Direction.UPGRADE, lonelySurrogate))).isEmpty();
    }
}
