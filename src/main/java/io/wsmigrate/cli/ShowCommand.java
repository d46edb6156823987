package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.command.RevisionCommands;
import io.wsmigrate.script.RevisionScript;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code show REV}: one revision's header and file. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one revision and its file.")
final class ShowCommand extends Subcommand {
    @Parameters(paramLabel = "REV", description = "An id, prefix, head, label@head, ...")
    String target;

    @Override
    int run(Project project) {
        RevisionCommands commands = new RevisionCommands(project);
        RevisionScript script = commands.show(target);
        RevisionText.verbose(script.revision(), commands.graph(), null).forEach(out()::println);
        out().println("Checksum: " + script.checksum());
        out().println("Transactional: " + script.transactional());
        Path file = Path.of(script.path());
        if (Files.isRegularFile(file)) {
            out().println();
            try {
                // the file as written, like a --sql script: a word of it that equals the password stays
                printScript(Files.readString(file));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return 0;
    }
}
