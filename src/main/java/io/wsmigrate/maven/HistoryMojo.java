package io.wsmigrate.maven;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.revision.Revision;
import java.util.List;
import java.util.Set;

/** {@code mvn ws-migrate:history}: the package's revisions, newest first, from the scripts folder alone. */
public final class HistoryMojo extends WsMigrateMojo {
    @Override
    void run(Project project) {
        RevisionCommands commands = new RevisionCommands(project);
        Set<String> heads = Set.copyOf(commands.heads().stream().map(Revision::id).toList());
        List<Revision> revisions = commands.history(null, Set.of());
        if (revisions.isEmpty()) {
            getLog().info("No revisions yet.");
        }
        for (Revision revision : revisions) {
            String parents = revision.downRevisions().isEmpty() ? "<base>" : String.join(", ", revision.downRevisions());
            getLog().info(parents + " -> " + revision.id() + (heads.contains(revision.id()) ? " (head)" : "") + ", "
                    + (revision.message() == null ? "" : revision.message()));
        }
    }
}
