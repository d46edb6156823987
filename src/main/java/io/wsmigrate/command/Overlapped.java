package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Work started on its own thread to overlap with the caller's, whose result (or exception, as
 * thrown) the caller takes when it needs it. Autogenerate reads the database's catalog this way
 * while Hibernate boots: neither needs the other until the comparison, and the machine has more
 * than one core.
 */
final class Overlapped<T> {
    private final FutureTask<T> task;

    private Overlapped(FutureTask<T> task) {
        this.task = task;
    }

    static <T> Overlapped<T> start(String name, Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Overlapped<>(task);
    }

    /** The result; the work's own exception when it failed. */
    T join() {
        try {
            return task.get();
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
    void awaitQuietly() {
        try {
            task.get();
        } catch (ExecutionException | RuntimeException e) {
            // the caller's own failure is the one to report
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
