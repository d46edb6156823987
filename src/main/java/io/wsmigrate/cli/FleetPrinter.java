package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.FleetListener;
import io.wsmigrate.command.FleetReport;
import io.wsmigrate.command.ResultJson;
import io.wsmigrate.command.TargetResult;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A fleet command's output: a progress line on stderr while it runs (a bar on a terminal, a line
 * per target elsewhere), then the report, as a table or JSON, and the exit code.
 */
final class FleetPrinter implements FleetListener {
    private static final int BAR = 30;
    private final Subcommand command;
    private final boolean json;

    FleetPrinter(Subcommand command, boolean json) {
        this.command = command;
        this.json = json;
    }

    /** Whether the report is JSON; {@code --format} other than text or json, or json without a fleet, is refused. */
    static boolean requireFormat(OutputFormat format, boolean fleet) {
        if (format != OutputFormat.TEXT && format != OutputFormat.JSON) {
            throw RootCommand.usage("--format must be text or json here");
        }
        if (format == OutputFormat.JSON && !fleet) {
            throw RootCommand.usage("--format json reports a fleet run: add --all-targets or --target NAME");
        }
        return format == OutputFormat.JSON;
    }

    @Override
    public synchronized void targetFinished(TargetResult result, Progress progress) {
        if (command.root.quiet()) {
            return;
        }
        PrintWriter err = command.root.terminal().err();
        String counts = "done " + progress.done() + ", failed " + progress.failed() + ", left " + progress.left();
        if (command.root.terminal().interactive()) {
            int filled = (progress.total() - progress.left()) * BAR / Math.max(1, progress.total());
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + counts + "   ");
            if (progress.left() == 0) {
                err.println();
            }
        } else {
            err.println("[" + (progress.total() - progress.left()) + "/" + progress.total() + "] " + result.target()
                    + ": " + result.status().label() + " (" + counts + ")");
        }
        err.flush();
    }

    @Override
    public synchronized void warning(String target, String message) {
        command.warn(target + ": " + message);
    }

    /**
     * Prints the report and returns the exit code: 0 when every target reached the goal,
     * {@link ExitCode#FLEET} when one failed, stopped or was not started, else {@code behindCode}
     * when one is only behind (a read-only command's finding).
     */
    int print(FleetReport report, int behindCode) {
        PrintWriter out = command.out();
        if (json) {
            out.println(ResultJson.fleet(report));
        } else {
            table(report).forEach(out::println);
            out.println(summary(report));
        }
        PrintWriter err = command.root.terminal().err();
        List<TargetResult> missed = report.shortOfGoal();
        for (TargetResult t : missed) {
            if (t.error() != null) {
                err.println(command.style("@|bold,red " + t.target() + ":|@ ") + t.error());
            }
        }
        List<TargetResult> broken = missed.stream().filter(t -> t.status() != TargetResult.Status.BEHIND).toList();
        if (!broken.isEmpty()) {
            err.println(broken.size() + " of " + report.targets().size() + " targets did not reach " + report.goal()
                    + ": " + names(broken) + rerunHint(report));
            return ExitCode.FLEET.code();
        }
        if (!missed.isEmpty() && behindCode != 0) {
            err.println(missed.size() + " of " + report.targets().size() + " targets are not at " + report.goal()
                    + ": " + names(missed) + (report.command().equals("check")
                    ? "; undo a tenant's hand-made change, or write the entities' changes as a revision (`ws-migrate"
                    + " revision --autogenerate -m MESSAGE`) and upgrade every target"
                    : "; run `ws-migrate upgrade heads --all-targets`"));
        }
        return missed.isEmpty() ? 0 : behindCode;
    }

    private static String names(List<TargetResult> targets) {
        return String.join(", ", targets.stream().map(TargetResult::target).limit(20).toList())
                + (targets.size() > 20 ? ", ..." : "");
    }

    private static String rerunHint(FleetReport report) {
        return report.command().equals("current") || report.command().equals("check") ? ""
                : "; fix the failed ones and run the same command again: targets at the goal are left alone";
    }

    private static String summary(FleetReport report) {
        List<String> parts = new ArrayList<>();
        for (TargetResult.Status status : TargetResult.Status.values()) {
            long n = report.count(status);
            if (n > 0) {
                parts.add(n + " " + status.label());
            }
        }
        return report.targets().size() + " target" + (report.targets().size() == 1 ? "" : "s") + " in "
                + report.millis() + " ms: " + String.join(", ", parts) + ".";
    }

    private static List<String> table(FleetReport report) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"TARGET", "STATUS", "FROM", "TO", "TIME", "ERROR"});
        for (TargetResult t : report.targets()) {
            rows.add(new String[] {t.target(), t.status().label(), heads(t.from()), heads(t.to()),
                    t.status() == TargetResult.Status.NOT_STARTED ? "" : t.millis() + " ms",
                    t.error() == null ? "" : t.error()});
        }
        int[] widths = new int[5];
        for (String[] row : rows) {
            for (int i = 0; i < widths.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < widths.length; i++) {
                line.append(String.format("%-" + widths[i] + "s  ", row[i]));
            }
            lines.add(line.append(row[5]).toString().stripTrailing());
        }
        return lines;
    }

    private static String heads(Set<String> heads) {
        return heads == null ? "?" : Summaries.describe(heads);
    }
}
