package io.wsmigrate.speed;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;

/**
 * Work started on its own thread to overlap with the caller's, whose result (or exception, as
 * thrown) the caller takes when it needs it. Autogenerate reads the database's catalog this way
 * while Hibernate boots; a connection opens while the scripts folder is read; the CLI prepares a
 * project while picocli parses. A result that holds resources and that the caller will never take
 * (it failed first) is {@link #abandon abandoned}: released as soon as it exists, without waiting.
 */
public final class Overlapped<T> {
    private final FutureTask<T> task;
    private boolean abandoned;
    private Consumer<? super T> release;
    /** The result once computed, until it is taken or released. */
    private T unclaimed;

    private Overlapped(Callable<T> work) {
        this.task = new FutureTask<>(() -> handOver(work.call()));
    }

    public static <T> Overlapped<T> start(String name, Callable<T> work) {
        Overlapped<T> overlapped = new Overlapped<>(work);
        Thread thread = new Thread(overlapped.task, name);
        thread.setDaemon(true);
        thread.start();
        return overlapped;
    }

    /** The result; the work's own exception when it failed. */
    public T join() {
        try {
            T result = task.get();
            synchronized (this) {
                unclaimed = null;
            }
            return result;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new WsMigrateException(ExitCode.INTERNAL, "internal error: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WsMigrateException(ExitCode.INTERNAL, "interrupted while waiting for " + task, e);
        }
    }

    /** Waits for the work to end, ignoring its outcome: the caller is failing for its own reason. */
    public void awaitQuietly() {
        try {
            task.get();
        } catch (ExecutionException | RuntimeException e) {
            // the caller's own failure is the one to report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the work to end, ignoring its outcome, even when interrupted (the interrupt is set
     * again after): for work that must be done before the caller goes on, such as a file's append.
     */
    public void awaitUninterruptibly() {
        Threads.uninterruptibly(() -> {
            try {
                task.get();
            } catch (ExecutionException | RuntimeException e) {
                // its outcome is not the caller's concern
            }
        });
    }

    /**
     * The caller will not take the result: {@code release} gets it now if it exists, or on the
     * working thread as soon as it does. Never waits; a result already taken is not released.
     */
    public void abandon(Consumer<? super T> release) {
        T ready;
        synchronized (this) {
            abandoned = true;
            this.release = release;
            ready = unclaimed;
            unclaimed = null;
        }
        if (ready != null) {
            release.accept(ready);
        }
    }

    private T handOver(T result) {
        Consumer<? super T> releaseNow;
        synchronized (this) {
            releaseNow = abandoned ? release : null;
            if (releaseNow == null) {
                unclaimed = result;
            }
        }
        if (releaseNow != null && result != null) {
            releaseNow.accept(result);
        }
        return result;
    }
}
