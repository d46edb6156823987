package io.wsmigrate.runtime;

import java.util.List;
import java.util.Objects;

/**
 * What compiling one direction of a revision file gives, apart from the step it was compiled for:
 * its statements, whether they run in one transaction, and the file's checksum. The part of a
 * {@link CompiledStep} that {@link CompiledStepCache} remembers.
 */
record StepSql(List<String> statements, boolean transactional, String checksum) {
    StepSql {
        statements = List.copyOf(statements);
        Objects.requireNonNull(checksum, "checksum");
    }

    static StepSql of(CompiledStep step) {
        return new StepSql(step.statements(), step.transactional(), step.checksum());
    }
}
