package io.wsmigrate.reliability;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.config.SettingsLoader;
import io.wsmigrate.db.Interruption;
import io.wsmigrate.revision.Step;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;

/**
 * A child JVM's {@code upgrade head} that sends itself SIGTERM at one chosen moment: when revision
 * {@code args[2]} is reported committed, which is right after the next revision's batch ran and
 * before the run looks for a signal again, so the signal arrives between two revisions every time.
 * It returns to the run only once the signal was received and a cancel request is on its way to
 * the server: the run's cleanup (the COMMIT of the revision that ran) must not be what it cancels. Arguments: {@code -c settings
 * revision}; prints the run's error as the command line does and exits with its code. With a fourth argument
 * {@code single}, the run is one transaction ({@code --single-transaction}) and the signal comes when revision
 * {@code args[2]} starts, before its round trip is sent: the cancel request then lands while nothing runs.
 */
public final class SignalBetweenRevisions {
    private SignalBetweenRevisions() {
    }

    public static void main(String[] args) throws Exception {
        Interruption.install();
        Map<String, String> environment = System.getenv();
        String signalAt = args[2];
        boolean single = args.length > 3 && args[3].equals("single");
        MigrationListener listener = new MigrationListener() {
            @Override
            public void stepStarted(Step step) {
                if (single) {
                    signalAt(step);
                }
            }

            @Override
            public void stepFinished(Step step, long millis) {
                if (!single) {
                    signalAt(step);
                }
            }

            private void signalAt(Step step) {
                if (step.id().equals(signalAt)) {
                    Signal.raise(new Signal("TERM")); // not INT: a background JVM may have it ignored
                    awaitCancelOnItsWay();
                }
            }
        };
        try (Project project = new Project(new SettingsLoader().load(Path.of(args[1]), environment,
                SignalBetweenRevisions.class.getClassLoader()), environment, Clock.systemUTC())) {
            new MigrationCommands(project).upgrade("head", MigrationOptions.defaults().withSingleTransaction(single),
                    listener);
            System.out.println("finished without a stop");
            System.exit(0);
        } catch (WsMigrateException e) {
            System.out.println("ERROR: " + e.getMessage());
            System.out.flush();
            System.exit(e.exitCode().code());
        }
    }

    /**
     * Whether the driver is sending a cancel request, not yet waiting for the server to close its
     * connection (which it does once the request was passed on): the request has not landed yet.
     */
    private static boolean sending(StackTraceElement[] frames) {
        List<String> methods = Arrays.stream(frames).map(StackTraceElement::getMethodName).toList();
        return methods.contains("sendQueryCancel") && !methods.contains("receiveEOF");
    }

    /** Until the thread that cancels the running statements is sending a cancel request. */
    private static void awaitCancelOnItsWay() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            for (Map.Entry<Thread, StackTraceElement[]> thread : Thread.getAllStackTraces().entrySet()) {
                if (thread.getKey().getName().equals("ws-migrate-cancel") && sending(thread.getValue())) {
                    return;
                }
            }
            Thread.onSpinWait();
        }
        throw new IllegalStateException("no cancel request was sent within 60 s of the signal");
    }
}
