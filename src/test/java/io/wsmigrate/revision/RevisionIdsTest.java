package io.wsmigrate.revision;

import org.junit.jupiter.api.Test;

import org.yaml.snakeyaml.Yaml;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

import static org.assertj.core.api.Assertions.assertThat;

class RevisionIdsTest {

    @Test
    void newIdsAreTwelveLowercaseHexCharacters() {
        SplittableRandom random = new SplittableRandom(7);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String id = RevisionIds.newId(random);
            assertThat(id).matches("[0-9a-f]{12}");
            seen.add(id);
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void seededGeneratorGivesReproducibleIds() {
        assertThat(RevisionIds.newId(new SplittableRandom(42))).isEqualTo(RevisionIds.newId(new SplittableRandom(42)));
    }

    @Test
    void smallRandomNumbersAreZeroPadded() {
        assertThat(RevisionIds.newId(new FixedRandom(0xabL))).isEqualTo("0000000000ab");
        assertThat(RevisionIds.newId(new FixedRandom(-1L))).isEqualTo("ffffffffffff");
    }

    /** The CI run that found this drew 706477607e62, which the revision file had to quote. */
    @Test
    void idsThatYamlReadsAsNumbersAreDrawnAgain() {
        assertThat(RevisionIds.newId(new FixedRandom(0x706477607e62L, 0x0b0101010101L, 0x123456789012L, 0x2d970929c35bL)))
                .isEqualTo("2d970929c35b");
    }

    @Test
    void everyNewIdReadsBackFromYamlAsAString() {
        Yaml yaml = new Yaml();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < 10_000; i++) {
            String id = RevisionIds.newId(random);
            assertThat(yaml.<Object>load("revision: " + id)).isEqualTo(Map.of("revision", id));
        }
    }

    /** A generator that returns the given longs in turn, then the last one forever. */
    private static final class FixedRandom implements RandomGenerator {
        private final long[] values;
        private int next;

        FixedRandom(long... values) {
            this.values = values;
        }

        @Override
        public long nextLong() {
            return values[Math.min(next++, values.length - 1)];
        }
    }
}
