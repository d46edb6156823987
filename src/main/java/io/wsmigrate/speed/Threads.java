package io.wsmigrate.speed;

/** Waiting for work of our own that must not outlive what it was started for. */
public final class Threads {
    private Threads() {
    }

    /** A wait that an interrupt cuts short. */
    @FunctionalInterface
    interface Wait {
        void await() throws InterruptedException;
    }

    /**
     * Returns once {@code thread} has ended (at once for null), even when interrupted meanwhile:
     * the interrupt is set again for the caller. What the thread wrote is visible from then on.
     */
    public static void joinUninterruptibly(Thread thread) {
        if (thread != null) {
            uninterruptibly(thread::join);
        }
    }

    /** Waits until {@code wait} returns, however often interrupted; the interrupt is set again after. */
    static void uninterruptibly(Wait wait) {
        boolean interrupted = false;
        while (true) {
            try {
                wait.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
