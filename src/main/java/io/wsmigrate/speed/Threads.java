package io.wsmigrate.speed;

/** Waiting for a thread of our own that must not outlive the work it was started for. */
public final class Threads {
    private Threads() {
    }

    /**
     * Returns once {@code thread} has ended (at once for null), even when interrupted meanwhile:
     * the interrupt is set again for the caller. What the thread wrote is visible from then on.
     */
    public static void joinUninterruptibly(Thread thread) {
        boolean interrupted = false;
        while (thread != null && thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
