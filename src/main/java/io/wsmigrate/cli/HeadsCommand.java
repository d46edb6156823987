package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.ResultJson;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.revision.RevisionMap;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code heads}: the revisions nothing builds on yet. */
@Command(name = "heads", mixinStandardHelpOptions = true, description = "Show the scripts' head revisions.")
final class HeadsCommand extends Subcommand {
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    int run(Project project) {
        RevisionCommands commands = new RevisionCommands(project);
        List<Revision> heads = commands.heads();
        RevisionMap map = commands.graph();
        if (format == OutputFormat.JSON) {
            out().println(ResultJson.revisions(heads, map, null));
            return 0;
        }
        for (Revision head : heads) {
            if (root.verbose()) {
                RevisionText.verbose(head, map, null).forEach(out()::println);
            } else {
                out().println(head.id() + RevisionText.markers(head, map, null));
            }
        }
        return 0;
    }
}
