package io.wsmigrate.cli;

import io.wsmigrate.command.AutogenerateCommands.RenameDecider;
import io.wsmigrate.compare.RenameCandidate;
import java.io.Console;

/** Asks, on an interactive terminal only, whether a dropped and an added object are one renamed. */
final class RenameQuestion implements RenameDecider {
    private final Terminal terminal;

    RenameQuestion(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public boolean isRename(RenameCandidate candidate) {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        terminal.err().print(candidate.question() + " [y/N] ");
        terminal.err().flush();
        String answer = console.readLine();
        return answer != null && answer.trim().toLowerCase(java.util.Locale.ROOT).startsWith("y");
    }
}
