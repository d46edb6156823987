package io.wsmigrate.maven;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.revision.Step;
import io.wsmigrate.runtime.MigrationListener;
import io.wsmigrate.runtime.MigrationOptions;
import io.wsmigrate.runtime.Migrator.RunResult;
import io.wsmigrate.runtime.StepText;

/** {@code mvn ws-migrate:upgrade [-Dws-migrate.target=head]}: applies the revisions up to the target. */
public final class UpgradeMojo extends WsMigrateMojo {
    /** {@code ws-migrate.target}: head, heads, an id or prefix, label@head, +N. */
    String target;
    /**
     * {@code ws-migrate.singleTransaction}: all the revisions in one transaction or each in its own,
     * as the command line's {@code --[no-]single-transaction}; null: {@code migrations.single_transaction}.
     */
    Boolean singleTransaction;

    @Override
    void run(Project project) {
        RunResult result = new MigrationCommands(project).upgrade(target == null ? "head" : target,
                new MigrationOptions(null, project.settings().database().lockTimeout(),
                        project.settings().database().statementTimeout(),
                        singleTransaction != null ? singleTransaction
                                : project.settings().migrations().singleTransaction()), new MigrationListener() {
                    @Override
                    public void stepStarted(Step step) {
                        getLog().info(StepText.describe(step));
                    }

                    @Override
                    public void warning(String message) {
                        getLog().warn(message);
                    }
                });
        String at = result.headsAfter().isEmpty() ? "base" : String.join(", ", result.headsAfter().stream().sorted()
                .toList());
        getLog().info(result.steps().isEmpty() ? "Nothing to upgrade; the database is at " + at + "."
                : "Done: " + result.steps().size() + " revision(s); the database is at " + at + ".");
    }
}
