package io.wsmigrate.command;

/** Counts a fleet's ended targets for its listener, when the targets end on the calling thread. */
final class FleetProgress {
    private final FleetListener listener;
    private final int total;
    private int done;
    private int failed;

    FleetProgress(FleetListener listener, int total) {
        this.listener = listener;
        this.total = total;
    }

    void finished(TargetResult result) {
        boolean ok = result.status().reachedGoal() || result.status() == TargetResult.Status.BEHIND;
        if (ok) {
            done++;
        } else {
            failed++;
        }
        listener.targetFinished(result, new FleetListener.Progress(done, failed, total - done - failed, total));
    }
}
