package io.wsmigrate.docs;

/** With {@code -Dws.docs.timing=true}, how long each example took, to keep the doc tests quick. */
final class Timing {
    private static final boolean ON = Boolean.getBoolean("ws.docs.timing");

    private Timing() {
    }

    static void report(long startedNanos, String what) {
        if (ON) {
            System.err.printf("%6d ms  %s%n", (System.nanoTime() - startedNanos) / 1_000_000, what);
        }
    }
}
