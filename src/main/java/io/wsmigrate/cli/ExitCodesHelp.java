package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IHelpSectionRenderer;
import picocli.CommandLine.Help;

/** The "Exit codes" section of {@code --help}, generated from {@link ExitCode} so it cannot drift. */
final class ExitCodesHelp implements IHelpSectionRenderer {
    @Override
    public String render(Help help) {
        List<String> lines = new ArrayList<>();
        lines.add("Exit codes:");
        for (ExitCode code : ExitCode.values()) {
            lines.add(String.format("  %3d  %s", code.code(), code.meaning()));
        }
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
