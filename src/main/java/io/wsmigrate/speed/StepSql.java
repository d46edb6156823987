package io.wsmigrate.speed;

import java.util.List;
import java.util.Objects;

/**
 * What compiling one direction of a revision file gives, apart from the step it was compiled for:
 * its statements, whether they run in one transaction, and the file's checksum. The part of a
 * runtime's compiled step that {@link CompiledStepCache} remembers.
 */
public record StepSql(List<String> statements, boolean transactional, String checksum) {
    public StepSql {
        statements = List.copyOf(statements);
        Objects.requireNonNull(checksum, "checksum");
    }
}
