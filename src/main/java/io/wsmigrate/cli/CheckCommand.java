package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.DriftCommands;
import io.wsmigrate.command.FleetChecks;
import io.wsmigrate.command.Project;
import io.wsmigrate.compare.CompareResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code check}: for CI, do the models and the database agree? With {@code --drift}, do the database and the scripts? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Compare the package's entities with the database; exit 1 and list the differences if they "
                + "disagree (what revision --autogenerate would write).")
final class CheckCommand extends Subcommand {
    @Mixin
    DiffOptionsMixin diff;

    @Option(names = "--drift", description = "Also compare the database with what the scripts create at its "
            + "revision (replayed into a throwaway embedded PostgreSQL), names of keys, constraints and indexes "
            + "included; exit 1 on any drift.")
    boolean drift;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text or json (json "
            + "with --all-targets or --target).")
    OutputFormat format;

    @Mixin
    FleetMixin fleet;

    @Override
    int run(Project project) {
        if (fleet.active()) {
            if (drift) {
                throw RootCommand.usage("--drift replays the scripts per database; run it without --all-targets/--target");
            }
            FleetPrinter printer = new FleetPrinter(this, FleetPrinter.requireFormat(format, true));
            return printer.print(new FleetChecks(project).check(diff.options(), fleet.options(), printer),
                    ExitCode.DIFFERENCES.code());
        }
        FleetPrinter.requireFormat(format, false);
        if (drift && diff.options().against() == Against.SCRIPTS) {
            throw RootCommand.usage("--drift compares the database with the scripts; it cannot be combined with"
                    + " --against scripts");
        }
        boolean differs = checkEntities(project);
        if (drift) {
            DriftReport.Printed printed = new DriftReport(this).print(new DriftCommands(project).check());
            differs |= printed == DriftReport.Printed.DRIFT;
        }
        return differs ? ExitCode.DIFFERENCES.code() : 0;
    }

    private boolean checkEntities(Project project) {
        AutogenerateCommands.Result checked = new AutogenerateCommands(project).checkWithNotices(diff.options());
        if (!checked.unowned().isEmpty()) {
            info("Notice: left alone, not this package's (another package's, or adopt it with migrations.adopt): "
                    + String.join(", ", checked.unowned()));
        }
        CompareResult result = checked.comparison();
        String other = diff.options().against() == Against.SCRIPTS ? "the scripts" : "the database";
        if (result.isEmpty()) {
            info("No differences: the entities match " + other + ".");
            return false;
        }
        out().println(result.differences().size() + " difference(s) between the entities and " + other + ":");
        result.differences().forEach(line -> out().println("  - " + line));
        out().println("Run `ws-migrate revision --autogenerate -m MESSAGE` to write them as a revision.");
        return true;
    }
}
