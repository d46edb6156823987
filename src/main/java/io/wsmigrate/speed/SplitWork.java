package io.wsmigrate.speed;

import java.lang.reflect.UndeclaredThrowableException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * A batch of items that need nothing from each other (a thousand revision files to read), worked
 * through by the caller's thread and one more: each takes the next item nobody took, so the two
 * cores share the batch however their speeds differ. The outcome is what doing the items one by
 * one, in order, gives: the results up to the first item that failed, and that failure. Items after
 * a failure are not started (one already started is done and thrown away).
 */
public final class SplitWork {
    /** Below this many items a second thread costs more than it saves. */
    static final int MIN_ITEMS = 16;

    private SplitWork() {
    }

    /** The results of the items before the first that failed (all of them when none did), and its failure. */
    public record Outcome<R>(List<R> results, RuntimeException failure) {
        public Outcome {
            results = List.copyOf(results);
        }
    }

    /**
     * Runs {@code work} for each index from 0 to {@code count - 1}, on this thread and, for a batch
     * worth it on a machine with more than one core, a thread named {@code threadName}, which has
     * ended when this returns. When the first item to fail, in the items' order, failed with an
     * {@link Error}, that is thrown. An interrupt does not cut the wait for the other thread short
     * (it is at most one item from its end then); it is left set for the caller.
     */
    public static <R> Outcome<R> inOrder(int count, IntFunction<R> work, String threadName) {
        Batch<R> batch = new Batch<>(count, work);
        if (count >= MIN_ITEMS && Runtime.getRuntime().availableProcessors() > 1) {
            Thread helper = new Thread(batch::work, threadName);
            helper.setDaemon(true);
            helper.start();
            try {
                batch.work();
            } finally {
                Threads.joinUninterruptibly(helper); // the hand-over of its results
            }
        } else {
            batch.work();
        }
        return batch.outcome();
    }

    /** The same outcome, every item done on this thread: for work that is not safe on two threads. */
    public static <R> Outcome<R> oneByOne(int count, IntFunction<R> work) {
        Batch<R> batch = new Batch<>(count, work);
        batch.work();
        return batch.outcome();
    }

    private static final class Batch<R> {
        private final IntFunction<R> work;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        /** The lowest index that failed so far; items after it need not be done. */
        private final AtomicInteger firstFailure;

        Batch(int count, IntFunction<R> work) {
            this.work = work;
            this.results = new Object[count];
            this.failures = new Throwable[count];
            this.firstFailure = new AtomicInteger(count);
        }

        /**
         * Takes items until none is left before the first failure; indexes are taken in order, so none
         * before it is skipped. An Error is a failure like any other: it stops both threads, and
         * the thread it hit does not die with the item it took neither done nor failed.
         */
        void work() {
            for (int i = next.getAndIncrement(); i < firstFailure.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(i);
                } catch (Throwable e) {
                    failures[i] = e;
                    firstFailure.accumulateAndGet(i, Math::min);
                }
            }
        }

        /** Read after both threads ended. */
        @SuppressWarnings("unchecked")
        Outcome<R> outcome() {
            int failed = firstFailure.get();
            Throwable failure = failed < results.length ? failures[failed] : null;
            if (failure instanceof Error error) {
                throw error;
            }
            List<R> done = new ArrayList<>(failed);
            for (Object result : Arrays.asList(results).subList(0, failed)) {
                done.add((R) result);
            }
            return new Outcome<>(done, failure == null || failure instanceof RuntimeException
                    ? (RuntimeException) failure : new UndeclaredThrowableException(failure));
        }
    }
}
