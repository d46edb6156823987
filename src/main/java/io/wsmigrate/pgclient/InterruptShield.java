package io.wsmigrate.pgclient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Keeps Ctrl-C from stopping ws-migrate while a client program runs in the foreground, as C's
 * {@code system()} does. The terminal sends SIGINT to both processes: psql uses it to cancel a
 * query and carries on, pg_dump stops and we clean up after it. Without this the JVM would exit
 * and leave psql reading the terminal behind the shell's prompt. {@code sun.misc.Signal} is the
 * only way to ignore a signal from Java; where it is unavailable we run unshielded.
 */
final class InterruptShield implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(InterruptShield.class);
    private static final Signal INTERRUPT = new Signal("INT");
    private static int depth;
    private static SignalHandler previous;
    private boolean lowered;

    private InterruptShield() {
    }

    /** Ignores SIGINT until closed; nested shields share one. */
    static InterruptShield raise() {
        synchronized (InterruptShield.class) {
            if (depth++ == 0) {
                try {
                    previous = Signal.handle(INTERRUPT, SignalHandler.SIG_IGN);
                } catch (IllegalArgumentException e) {
                    previous = null; // e.g. the JVM runs with -Xrs and leaves SIGINT alone
                    LOG.debug("cannot ignore SIGINT while the client program runs: {}", e.getMessage());
                }
            }
        }
        return new InterruptShield();
    }

    @Override
    public void close() {
        synchronized (InterruptShield.class) {
            if (lowered) {
                return;
            }
            lowered = true;
            if (--depth == 0 && previous != null) {
                Signal.handle(INTERRUPT, previous);
                previous = null;
            }
        }
    }
}
