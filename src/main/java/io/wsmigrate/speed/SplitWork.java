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
 * a failure are not started (one already started is done and thrown away). Or ({@link #ahead})
 * worked through by a thread of their own while the caller takes each result as it is ready.
 */
public final class SplitWork {
    /** Below this many items a second thread costs more than it saves. */
    public static final int MIN_ITEMS = 16;

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

    /**
     * The same items, worked through ahead of the caller by one thread of its own (named
     * {@code threadName}) while the caller takes the results in order as they are ready
     * ({@link Ahead#get}): a caller can start on the first items while the rest are being worked
     * on. One thread, not two: the caller's work (a database server's, on a small machine) is what
     * the time goes to, and a second thread took the cores from it (measured: no faster than
     * working all items first, where one thread was 9% faster). {@link Ahead#close} ends it.
     */
    public static <R> Ahead<R> ahead(int count, IntFunction<R> work, String threadName) {
        return new Ahead<>(new Batch<>(count, work), threadName);
    }

    /** Items worked through by a thread of their own, their results taken in order. */
    public static final class Ahead<R> implements AutoCloseable {
        private final Batch<R> batch;
        private final Thread thread;
        /** The items before this one were taken, and none of them failed. */
        private int checked;

        private Ahead(Batch<R> batch, String threadName) {
            this.batch = batch;
            this.thread = new Thread(batch::work, threadName);
            thread.setDaemon(true);
            thread.start();
        }

        /**
         * The result of item {@code i}, once it is done. Throws what doing the items one by one
         * would have thrown before it: the failure of the first item that failed, if that is
         * {@code i} or an item before it. An item is short, so the wait is not cut by an interrupt
         * (which is left set).
         */
        public R get(int i) {
            for (; checked <= i; checked++) {
                Throwable failure = batch.awaitSettled(checked);
                if (failure != null) {
                    throw Batch.rethrown(failure);
                }
            }
            return batch.result(i);
        }

        /** Takes no further item and waits for the thread to end: what it wrote is visible after it. */
        @Override
        public void close() {
            batch.stop();
            Threads.joinUninterruptibly(thread);
        }
    }

    private static final class Batch<R> {
        private final IntFunction<R> work;
        private final Object[] results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        /** The lowest index that failed so far; items after it need not be done. */
        private final AtomicInteger firstFailure;
        /** Whether an item was done or failed: set after its result or failure, under this batch's monitor. */
        private final boolean[] settled;
        private volatile boolean stopped;

        Batch(int count, IntFunction<R> work) {
            this.work = work;
            this.results = new Object[count];
            this.failures = new Throwable[count];
            this.firstFailure = new AtomicInteger(count);
            this.settled = new boolean[count];
        }

        /**
         * Takes items until none is left before the first failure; indexes are taken in order, so none
         * before it is skipped. An Error is a failure like any other: it stops both threads, and
         * the thread it hit does not die with the item it took neither done nor failed.
         */
        void work() {
            for (int i = next.getAndIncrement(); i < firstFailure.get() && !stopped; i = next.getAndIncrement()) {
                try {
                    results[i] = work.apply(i);
                } catch (Throwable e) {
                    failures[i] = e;
                    firstFailure.accumulateAndGet(i, Math::min);
                }
                synchronized (this) {
                    settled[i] = true;
                    notifyAll();
                }
            }
        }

        /**
         * Waits until item {@code i} was done or failed, and returns its failure (null when done).
         * Only for an item taken or still to be: one not after the first failure, with the batch not stopped.
         */
        synchronized Throwable awaitSettled(int i) {
            Threads.uninterruptibly(() -> {
                while (!settled[i]) {
                    wait();
                }
            });
            return failures[i];
        }

        @SuppressWarnings("unchecked")
        synchronized R result(int i) {
            return (R) results[i];
        }

        void stop() {
            stopped = true;
        }

        static RuntimeException rethrown(Throwable failure) {
            if (failure instanceof Error error) {
                throw error;
            }
            return failure instanceof RuntimeException runtime ? runtime : new UndeclaredThrowableException(failure);
        }

        /** Read after both threads ended. */
        @SuppressWarnings("unchecked")
        Outcome<R> outcome() {
            int failed = firstFailure.get();
            Throwable failure = failed < results.length ? failures[failed] : null;
            RuntimeException thrown = failure == null ? null : rethrown(failure);
            List<R> done = new ArrayList<>(failed);
            for (Object result : Arrays.asList(results).subList(0, failed)) {
                done.add((R) result);
            }
            return new Outcome<>(done, thrown);
        }
    }
}
