package io.wsmigrate.cli;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.StepText;
import io.wsmigrate.revision.Step;
import java.time.Duration;
import picocli.CommandLine.Option;

/** Options of the commands that change the database: the lock wait, and how progress is shown. */
final class MigrationOptionsMixin {
    @Option(names = "--lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "How long to wait for another ws-migrate run on this package to finish (default: 5m).")
    Duration lockTimeout;

    MigrationOptions options(DatabaseSettings database) {
        return new MigrationOptions(lockTimeout, database.lockTimeout(), database.statementTimeout());
    }

    static MigrationListener printing(Subcommand command) {
        return new MigrationListener() {
            @Override
            public void stepStarted(Step step) {
                command.info(StepText.describe(step));
            }

            @Override
            public void warning(String message) {
                command.warn(message);
            }
        };
    }
}
