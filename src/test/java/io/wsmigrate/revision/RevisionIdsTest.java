package io.wsmigrate.revision;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
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
        assertThat(RevisionIds.newId(new FixedRandom(0x2aL))).isEqualTo("00000000002a");
        assertThat(RevisionIds.newId(new FixedRandom(-1L))).isEqualTo("ffffffffffff");
    }

    /** A generator that always returns the same long, for the padding and masking cases. */
    private record FixedRandom(long value) implements RandomGenerator {
        @Override
        public long nextLong() {
            return value;
        }
    }
}
