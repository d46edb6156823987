package io.wsmigrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    /** The rule as a regular expression, which the hand-written check must agree with. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,63}");
    /** Mostly what an id may hold, so that many of the strings tried are ids and many are not. */
    private static final String ALPHABET = "aZ09_-".repeat(8) + ".@ :#/\\\u00e9\u0661\uff21\n";

    @Test
    void aSafeIdIsWhatTheRuleSaysForEveryStringTried() {
        Random random = new Random(17);
        for (int i = 0; i < 50_000; i++) {
            StringBuilder id = new StringBuilder();
            for (int k = random.nextInt(70); k > 0; k--) {
                id.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            String candidate = id.toString();
            assertThat(FileNames.isSafeId(candidate)).as("'%s'", candidate)
                    .isEqualTo(SAFE_ID.matcher(candidate).matches());
        }
    }

    @Test
    void theEdgesOfTheRule() {
        assertThat(List.of("a", "0", "Z", "a".repeat(64), "ab-c_d", "3f2a9c1b7d0e")).allMatch(FileNames::isSafeId);
        assertThat(List.of("", "_a", "-a", "a".repeat(65), "a.b", "a b", "\u00e9t\u00e9", "\uff21"))
                .noneMatch(FileNames::isSafeId);
        assertThat(FileNames.isValidId("head")).isFalse();
        assertThat(FileNames.isValidId("heads2")).isTrue();
    }
}
