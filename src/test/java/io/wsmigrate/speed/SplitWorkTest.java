package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

    /** One by one, item 5's failure ends the batch: an Error of a later item, on the other thread, is not what is reported. */
    @Test
    void anErrorOfAnItemAfterTheFirstFailureIsNotThrown() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "the batch is split on more than one core");
        CountDownLatch laterItemFailed = new CountDownLatch(1);

        SplitWork.Outcome<Integer> outcome = SplitWork.inOrder(ITEMS, i -> {
            if (i == 5) {
                await(laterItemFailed); // the other thread takes the items after it meanwhile
                throw new IllegalStateException("item 5");
            }
            if (i == 10) {
                laterItemFailed.countDown();
                throw new Error("item 10");
            }
            return i;
        }, "split-work-test");

        assertThat(outcome.failure()).hasMessage("item 5");
        assertThat(outcome.results()).isEqualTo(IntStream.range(0, 5).boxed().toList());
    }

    /**
     * The caller, interrupted while the other thread is still on its last item, waits for that item
     * (its result is part of the outcome, and no thread reads files once the batch is over) and
     * keeps its interrupt for whoever checks it next.
     */
    @Test
    void anInterruptedCallerWaitsForTheOtherThreadAndKeepsItsInterrupt() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "the batch is split on more than one core");
        Thread caller = Thread.currentThread();
        AtomicReference<Thread> helper = new AtomicReference<>();
        CountDownLatch helperHoldsAnItem = new CountDownLatch(1);
        AtomicBoolean callerOutOfItems = new AtomicBoolean();
        AtomicBoolean callerReturned = new AtomicBoolean();
        SplitWork.Outcome<Integer> outcome;
        boolean interruptKept;
        try {
            outcome = SplitWork.inOrder(ITEMS, i -> {
                if (Thread.currentThread() != caller) {
                    if (helper.compareAndSet(null, Thread.currentThread())) {
                        helperHoldsAnItem.countDown();
                        // its first item ends once the caller, interrupted with no item left, waits for it
                        while (!callerReturned.get() && !(callerOutOfItems.get()
                                && caller.getState() == Thread.State.WAITING)) {
                            Thread.onSpinWait();
                        }
                    }
                } else if (i == ITEMS - 1) {
                    caller.interrupt();
                    callerOutOfItems.set(true);
                } else {
                    await(helperHoldsAnItem); // so that the caller cannot take every item itself
                }
                return i;
            }, "split-work-test");
        } finally {
            callerReturned.set(true);
            interruptKept = Thread.interrupted(); // and cleared, for the tests after this one
        }

        assertThat(interruptKept).as("the caller's interrupt is kept").isTrue();
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.results()).isEqualTo(IntStream.range(0, ITEMS).boxed().toList());
        assertThat(helper.get().isAlive()).as("the other thread has ended").isFalse();
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(1, TimeUnit.MINUTES)) {
                throw new IllegalStateException("the other thread never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aheadHandsTheResultsOutInOrderWhileTheyAreWorkedOn() {
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (SplitWork.Ahead<String> ahead = SplitWork.ahead(ITEMS, i -> {
            threads.add(Thread.currentThread().getName());
            return "item " + i;
        }, "split-work-ahead")) {
            for (int i = 0; i < ITEMS; i++) {
                assertThat(ahead.get(i)).isEqualTo("item " + i);
            }
        }
        assertThat(threads).containsOnly("split-work-ahead");
    }

    /** Item 100 fails, and so does 400 on the other thread: the caller gets 0 to 99, then 100's failure. */
    @Test
    void aheadThrowsTheFirstFailureInTheItemsOrderWhenItIsReached() {
        try (SplitWork.Ahead<Integer> ahead = SplitWork.ahead(ITEMS, i -> {
            if (i == 400 || i == 100) {
                throw new IllegalStateException("item " + i);
            }
            return i;
        }, "split-work-ahead")) {
            for (int i = 0; i < 100; i++) {
                assertThat(ahead.get(i)).isEqualTo(i);
            }
            assertThatThrownBy(() -> ahead.get(100)).hasMessage("item 100");
            assertThatThrownBy(() -> ahead.get(101)).hasMessage("item 100");
        }
    }

    @Test
    void aheadThrowsAnErrorAsItIs() {
        try (SplitWork.Ahead<Integer> ahead = SplitWork.ahead(ITEMS, i -> {
            if (i == 3) {
                throw new AssertionError("three");
            }
            return i;
        }, "split-work-ahead")) {
            assertThatThrownBy(() -> ahead.get(ITEMS - 1)).isInstanceOf(AssertionError.class).hasMessage("three");
        }
    }

    /** Closed early, the threads take nothing more and have ended: no item runs after close. */
    @Test
    void aheadClosedEarlyStopsTakingItems() {
        AtomicBoolean closed = new AtomicBoolean();
        AtomicBoolean ranAfterClose = new AtomicBoolean();
        try (SplitWork.Ahead<Integer> ahead = SplitWork.ahead(100_000, i -> {
            if (closed.get()) {
                ranAfterClose.set(true);
            }
            return i;
        }, "split-work-ahead")) {
            assertThat(ahead.get(10)).isEqualTo(10);
            ahead.close();
            closed.set(true);
        }
        assertThat(ranAfterClose).isFalse();
    }
}
