package io.wsmigrate.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads the revision files of a run on every core: a cold upgrade of a thousand revisions spent
 * about half its own CPU parsing YAML on one thread before the first statement ran. Each item's
 * outcome is kept, in the items' order, so the caller reports the first failure exactly as reading
 * them one by one would (the files after it were read for nothing, which changes nothing).
 */
final class ParallelParse {
    /** Fewer files than this are read on the calling thread: a thread hand-off would cost more. */
    static final int MIN_PARALLEL = 32;

    private ParallelParse() {
    }

    /** A value, or the failure of reading it. */
    record Outcome<T>(T value, RuntimeException failure) {
    }

    /** {@code parallel}: {@code read} may run on several threads at once. */
    static <I, T> List<Outcome<T>> inOrder(List<I> items, boolean parallel, Function<I, T> read) {
        if (parallel && items.size() >= MIN_PARALLEL && Runtime.getRuntime().availableProcessors() > 1) {
            return items.parallelStream().map(item -> attempt(item, read)).toList();
        }
        return sequential(items, read); // one by one, the files after a failure are not read
    }

    private static <I, T> List<Outcome<T>> sequential(List<I> items, Function<I, T> read) {
        List<Outcome<T>> outcomes = new ArrayList<>(items.size());
        for (I item : items) {
            Outcome<T> outcome = attempt(item, read);
            outcomes.add(outcome);
            if (outcome.failure() != null) {
                break;
            }
        }
        return outcomes;
    }

    private static <I, T> Outcome<T> attempt(I item, Function<I, T> read) {
        try {
            return new Outcome<>(read.apply(item), null);
        } catch (RuntimeException e) {
            return new Outcome<>(null, e);
        }
    }
}
