package io.wsmigrate.runtime;

import io.wsmigrate.revision.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A listener that keeps the progress lines, the committed revisions and the warnings of a run, for assertions. */
final class Recorder implements MigrationListener {
    final List<String> lines = new ArrayList<>();
    final List<String> committed = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
    /** What a test does on the client when a step starts (a slow listener). */
    Consumer<Step> onStart = step -> { };

    @Override
    public void stepStarted(Step step) {
        lines.add(StepText.describe(step));
        onStart.accept(step);
    }

    @Override
    public void stepFinished(Step step, long millis) {
        committed.add(step.id());
    }

    @Override
    public void warning(String message) {
        warnings.add(message);
    }
}
