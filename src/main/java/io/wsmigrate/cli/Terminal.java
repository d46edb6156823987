package io.wsmigrate.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Where output goes, and how it looks: results on stdout, progress and errors on stderr, colour
 * only on an interactive terminal that did not ask for none ({@code NO_COLOR}).
 */
public record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean interactive) {
    public Terminal {
        environment = Map.copyOf(environment);
    }

    public Ansi ansi() {
        boolean colour = interactive && !environment.containsKey("NO_COLOR")
                && !"dumb".equals(environment.get("TERM"));
        return colour ? Ansi.ON : Ansi.OFF;
    }

    /** Text with picocli markup such as {@code @|bold head|@}, coloured only where allowed. */
    public String style(String markup) {
        return ansi().string(markup);
    }
}
