package io.wsmigrate.runtime;

import io.wsmigrate.revision.Step;
import java.util.List;

/**
 * One step of a plan with its SQL already generated, so that a bad change entry is found before
 * anything runs. {@code transactional} is false for revisions that declared
 * {@code transactional: false} (e.g. {@code CREATE INDEX CONCURRENTLY}).
 */
public record CompiledStep(Step step, String source, List<String> statements, boolean transactional,
                           String checksum) {
    public CompiledStep {
        statements = List.copyOf(statements);
    }

    public String revisionId() {
        return step.revision().id();
    }
}
