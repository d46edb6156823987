package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.LintCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ResultJson;
import io.wsmigrate.lint.Finding;
import io.wsmigrate.lint.Level;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lint}: for CI, are the revisions safe to run on a busy production database? */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Flag unsafe operations in revisions (table rewrites, long locks, non-concurrent index builds,"
                + " constraints without NOT VALID, drops, ...) with a safer alternative; exit 1 if any.")
final class LintCommand extends Subcommand {
    @Parameters(arity = "0..1", paramLabel = "REVISIONS",
            description = "A revision (id, prefix, head, label@head) or a range START:END as in history -r;"
                    + " default: all revisions.")
    String target;

    @Option(names = "--ignore", paramLabel = "RULE", split = ",", description = "Leave out a rule, e.g. drop.")
    List<String> ignore;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
    OutputFormat format;

    @Override
    int run(Project project) {
        if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
            throw RootCommand.usage("lint --format takes text or json, not " + format.name().toLowerCase(Locale.ROOT));
        }
        LintCommands.Report report = new LintCommands(project).lint(target,
                Set.copyOf(ignore == null ? List.of() : ignore));
        if (format == OutputFormat.JSON) {
            out().println(ResultJson.lint(report));
        } else {
            report.findings().forEach(this::print);
            summary(report);
        }
        return report.findings().isEmpty() ? 0 : ExitCode.DIFFERENCES.code();
    }

    private void print(Finding f) {
        String level = f.level() == Level.ERROR ? style("@|bold,red error|@") : style("@|bold,yellow warning|@");
        out().println(f.file() + ": " + f.location() + ": " + level + " [" + f.rule() + "] " + f.reason());
        if (!f.statement().isEmpty()) {
            out().println("    " + f.statement());
        }
        out().println("    instead: " + f.instead());
    }

    private void summary(LintCommands.Report report) {
        long errors = report.findings().stream().filter(f -> f.level() == Level.ERROR).count();
        long warnings = report.findings().size() - errors;
        String checked = report.revisions() + " revision" + (report.revisions() == 1 ? "" : "s");
        if (report.findings().isEmpty()) {
            info("No unsafe operations in " + checked + ".");
        } else {
            out().println(errors + " error(s), " + warnings + " warning(s) in " + checked + ".");
        }
    }
}
