package io.wsmigrate.cli;

import io.wsmigrate.command.RevisionCommands.RevisionRequest;
import java.util.List;
import picocli.CommandLine.Option;

/** Options shared by {@code revision} and {@code merge}. */
final class RevisionOptions {
    @Option(names = {"-m", "--message"}, required = true, paramLabel = "MSG", description = "What the revision does.")
    String message;

    @Option(names = "--rev-id", paramLabel = "ID", description = "Use this id instead of a random one.")
    String revisionId;

    @Option(names = "--branch-label", paramLabel = "LABEL", description = "A label for the branch this revision starts.")
    List<String> branchLabels;

    RevisionRequest request(String head, boolean splice, List<String> dependsOn) {
        return new RevisionRequest(message, revisionId, head, splice, branchLabels, dependsOn);
    }
}
