package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SplitWorkTest {
    private static final int ITEMS = 500;

    @Test
    void everyItemIsDoneOnceAndTheResultsComeInTheItemsOrder() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        Set<String> threads = ConcurrentHashMap.newKeySet();

        SplitWork.Outcome<String> outcome = SplitWork.inOrder(ITEMS, i -> {
            assertThat(done.add(i)).as("item %d done once", i).isTrue();
            threads.add(Thread.currentThread().getName());
            return "item " + i;
        }, "split-work-test");

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.results()).isEqualTo(IntStream.range(0, ITEMS).mapToObj(i -> "item " + i).toList());
        // which of the two takes how many items is the scheduler's choice: the helper may take them all
        assertThat(threads).isNotEmpty().isSubsetOf(Thread.currentThread().getName(), "split-work-test");
    }

    @Test
    void theFirstFailureInTheItemsOrderIsReportedWithTheResultsBeforeIt() {
        SplitWork.Outcome<Integer> outcome = SplitWork.inOrder(ITEMS, i -> {
            if (i == 400 || i == 100) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        }, "split-work-test");

        assertThat(outcome.failure()).hasMessage("item 100");
        assertThat(outcome.results()).isEqualTo(IntStream.range(0, 100).boxed().toList());
    }

    @Test
    void oneByOneGivesTheSameOutcomeOnTheCallersThreadAndStopsAtTheFailure() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        String caller = Thread.currentThread().getName();

        SplitWork.Outcome<Integer> outcome = SplitWork.oneByOne(ITEMS, i -> {
            assertThat(Thread.currentThread().getName()).isEqualTo(caller);
            done.add(i);
            if (i == 7) {
                throw new IllegalArgumentException("seven");
            }
            return i;
        });

        assertThat(outcome.failure()).hasMessage("seven");
        assertThat(outcome.results()).isEqualTo(List.of(0, 1, 2, 3, 4, 5, 6));
        assertThat(done).hasSize(8);
    }

    @Test
    void anErrorOfEitherThreadIsThrown() {
        assertThatThrownBy(() -> SplitWork.inOrder(ITEMS, i -> {
            if (i == ITEMS - 1) {
                throw new AssertionError("last");
            }
            return i;
        }, "split-work-test")).isInstanceOf(AssertionError.class).hasMessage("last");
    }
}
