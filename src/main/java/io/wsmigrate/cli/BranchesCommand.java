package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import picocli.CommandLine.Command;

/** {@code branches}: the branch points and where each branch goes. */
@Command(name = "branches", mixinStandardHelpOptions = true, description = "Show revisions where history branches.")
final class BranchesCommand extends Subcommand {
    @Override
    int run(Project project) {
        RevisionCommands commands = new RevisionCommands(project);
        RevisionMap map = commands.graph();
        for (Revision point : commands.branchPoints()) {
            out().println(RevisionText.line(point, map, null));
            for (String child : map.children(point.id())) {
                Revision c = map.get(child).orElseThrow();
                out().println("               -> " + c.id() + RevisionText.markers(c, map, null) + ", " + c.message());
            }
        }
        return 0;
    }
}
