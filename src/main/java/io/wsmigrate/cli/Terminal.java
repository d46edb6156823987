package io.wsmigrate.cli;

import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine.Help.Ansi;

/**
 * Where output goes, and how it looks: results on stdout, progress and errors on stderr, colour
 * only on an interactive terminal that did not ask for none ({@code NO_COLOR}).
 *
 * <p>{@code out} and {@code err} mask secrets; {@code script} is stdout unmasked, for a {@code --sql}
 * script and the revision file {@code show} prints only: their text comes from the revision files
 * and never holds a connection's password, and
 * masking would rewrite a name that happens to equal it ({@code user=postgres}).
 */
public record Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean interactive,
                       PrintWriter script) {
    public Terminal {
        environment = Map.copyOf(environment);
    }

    /** A terminal whose scripts go to {@code out} as all else does. */
    public Terminal(PrintWriter out, PrintWriter err, Map<String, String> environment, boolean interactive) {
        this(out, err, environment, interactive, out);
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
