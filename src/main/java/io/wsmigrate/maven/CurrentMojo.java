package io.wsmigrate.maven;

import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.MigrationCommands.Current;
import io.wsmigrate.command.Project;

/** {@code mvn ws-migrate:current}: the revisions the database is at, and whether that is every head. */
public final class CurrentMojo extends WsMigrateMojo {
    @Override
    void run(Project project) {
        Current current = new MigrationCommands(project).current();
        current.warnings().forEach(getLog()::warn);
        if (current.state().heads().isEmpty()) {
            getLog().info("<base> (no revision applied)");
        }
        current.state().heads().stream().sorted().forEach(id -> getLog().info(id
                + (current.scriptHeads().contains(id) ? " (head)" : "")));
        if (!current.atHead()) {
            getLog().warn("The database is not at head; the scripts' heads are "
                    + String.join(", ", current.scriptHeads().stream().sorted().toList())
                    + ": run mvn ws-migrate:upgrade");
        }
    }
}
