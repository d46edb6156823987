package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ExitCode;
import io.wsmigrate.cli.DocsCli;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Keeps {@code docs/reference.md} and {@code docs/reference/commands.md} true to the code. The
 * command reference and the exit-code table are generated: on a difference the test fails and
 * says how to regenerate them ({@value #UPDATE} set to true rewrites them). The settings table
 * and the environment variables are written by hand and checked (see {@link SettingsReference}).
 */
class ReferenceDocTest {
    static final String UPDATE = "ws.docs.update";
    private static final String HOW_TO_UPDATE =
            "regenerate with: mvn -q test -Dtest=ReferenceDocTest -D" + UPDATE + "=true";
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Path COMMANDS = REPOSITORY.resolve("docs/reference/commands.md");
    private static final Path REFERENCE = REPOSITORY.resolve("docs/reference.md");
    private static final int HELP_WIDTH = 100;
    private static final Pattern EXIT_CODES = Pattern.compile(
            "(?s)(<!-- generated: exit-codes [^\\n]*-->\\n)(.*?)(<!-- end generated -->)");

    @Test
    void theCommandReferenceIsEveryCommandsHelp() throws IOException {
        String generated = commandReference();
        if (Boolean.getBoolean(UPDATE)) {
            Files.createDirectories(COMMANDS.getParent());
            Files.writeString(COMMANDS, generated);
        }
        assertThat(Files.exists(COMMANDS) ? Files.readString(COMMANDS) : "")
                .as("docs/reference/commands.md differs from the commands' --help; " + HOW_TO_UPDATE)
                .isEqualTo(generated);
    }

    @Test
    void theExitCodeTableIsExitCodeValues() throws IOException {
        String page = Files.readString(REFERENCE);
        Matcher section = EXIT_CODES.matcher(page);
        assertThat(section.find()).as("docs/reference.md has no generated exit-codes section").isTrue();
        StringBuilder table = new StringBuilder("| code | name | meaning |\n|---:|---|---|\n");
        for (ExitCode code : ExitCode.values()) {
            table.append("| ").append(code.code()).append(" | `").append(code.name()).append("` | ")
                    .append(code.meaning()).append(" |\n");
        }
        String regenerated = page.substring(0, section.start(2)) + table + page.substring(section.end(2));
        if (Boolean.getBoolean(UPDATE)) {
            Files.writeString(REFERENCE, regenerated);
            page = regenerated;
        }
        assertThat(page).as("the exit codes in docs/reference.md differ from io.wsmigrate.ExitCode; "
                + HOW_TO_UPDATE).isEqualTo(regenerated);
    }

    @Test
    void everyEnvironmentVariableTheToolReadsIsDocumented() throws IOException {
        Set<String> read = new TreeSet<>(Set.of("NO_COLOR"));
        Pattern variable = Pattern.compile("WS_MIGRATE_[A-Z_]+");
        List<Path> sources = new ArrayList<>(List.of(REPOSITORY.resolve("bin/ws-migrate")));
        try (Stream<Path> files = Files.walk(REPOSITORY.resolve("src/main/java"))) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(sources::add);
        }
        for (Path source : sources) {
            Matcher m = variable.matcher(Files.readString(source));
            while (m.find()) {
                read.add(m.group());
            }
        }
        String page = Files.readString(REFERENCE);
        assertThat(read.stream().filter(name -> !page.contains("| `" + name + "` |")).toList())
                .as("environment variables the tool reads that the table in docs/reference.md lacks").isEmpty();
    }

    /** The root's help, then each subcommand's, in the order of {@code ws-migrate --help}. */
    static String commandReference() {
        CommandLine root = DocsCli.commandLine();
        root.setUsageHelpAutoWidth(false);
        root.setUsageHelpWidth(HELP_WIDTH);
        StringBuilder out = new StringBuilder();
        out.append("# Command reference\n\n")
                .append("<!-- Generated from the command line's own help by ReferenceDocTest; do not edit.\n")
                .append("     ").append(HOW_TO_UPDATE.substring(0, 1).toUpperCase())
                .append(HOW_TO_UPDATE.substring(1)).append(" -->\n\n")
                .append("What `ws-migrate --help` and `ws-migrate COMMAND --help` print. Options that every command\n")
                .append("takes (`-c`, `-v`, `-q`) are described in the [reference](../reference.md#global-options).\n\n");
        out.append("- [`ws-migrate`](#ws-migrate)\n");
        root.getSubcommands().keySet().forEach(name -> out.append("- [`").append(name)
                .append("`](#ws-migrate-").append(name).append(")\n"));
        section(out, "ws-migrate", root);
        root.getSubcommands().forEach((name, sub) -> section(out, "ws-migrate " + name, sub));
        return out.toString();
    }

    private static void section(StringBuilder out, String title, CommandLine command) {
        out.append("\n## ").append(title).append("\n\n```text\n");
        command.getUsageMessage().lines().map(String::stripTrailing).forEach(line -> out.append(line).append('\n'));
        out.append("```\n");
    }
}
