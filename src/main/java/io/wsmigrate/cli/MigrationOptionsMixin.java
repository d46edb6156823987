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

    @Option(names = "--ddl-lock-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "PostgreSQL lock_timeout for the revisions' statements: one that waits longer for a busy "
                    + "table fails instead of holding up that table's traffic (default: database.lock_timeout, 5s; "
                    + "0: wait as long as it takes).")
    Duration ddlLockTimeout;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "PostgreSQL statement_timeout for each of the revisions' statements (default: "
                    + "database.statement_timeout, none; 0: none).")
    Duration statementTimeout;

    /** This run's options: the command line's timeouts, else the settings'. */
    MigrationOptions options(DatabaseSettings database) {
        return new MigrationOptions(lockTimeout, ddlLockTimeout != null ? ddlLockTimeout : database.lockTimeout(),
                statementTimeout != null ? statementTimeout : database.statementTimeout());
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
