package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelParseTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 200).boxed().toList();

    @Test
    void manyItemsAreReadInOrderWhateverThreadReadThem() {
        var outcomes = ParallelParse.inOrder(ITEMS, true, i -> "r" + i);

        assertThat(outcomes).extracting(ParallelParse.Outcome::value)
                .containsExactlyElementsOf(ITEMS.stream().map(i -> "r" + i).toList());
        assertThat(outcomes).allSatisfy(o -> assertThat(o.failure()).isNull());
    }

    @Test
    void theFirstFailureInOrderIsTheOneBeforeWhichAllSucceeded() {
        var outcomes = ParallelParse.inOrder(ITEMS, true, i -> {
            if (i == 120 || i == 150) {
                throw new IllegalStateException("bad " + i);
            }
            return i;
        });

        int first = IntStream.range(0, outcomes.size()).filter(i -> outcomes.get(i).failure() != null).findFirst().orElseThrow();
        assertThat(first).isEqualTo(120);
        assertThat(outcomes.get(first).failure()).hasMessage("bad 120");
        assertThat(outcomes.subList(0, first)).extracting(ParallelParse.Outcome::value).containsExactlyElementsOf(ITEMS.subList(0, 120));
    }

    @Test
    void oneByOneNothingAfterTheFirstFailureIsRead() {
        Set<Integer> read = ConcurrentHashMap.newKeySet();
        var outcomes = ParallelParse.inOrder(ITEMS, false, i -> {
            read.add(i);
            if (i == 5) {
                throw new IllegalStateException("bad");
            }
            return i;
        });

        assertThat(outcomes).hasSize(6);
        assertThat(read).hasSize(6);
    }

    @Test
    void fewItemsStayOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        var outcomes = ParallelParse.inOrder(ITEMS.subList(0, ParallelParse.MIN_PARALLEL - 1), true,
                i -> Thread.currentThread());

        assertThat(outcomes).allSatisfy(o -> assertThat(o.value()).isSameAs(caller));
    }
}
