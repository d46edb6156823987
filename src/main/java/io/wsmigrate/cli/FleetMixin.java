package io.wsmigrate.cli;

import io.wsmigrate.command.FleetOptions;
import java.util.List;
import picocli.CommandLine.Option;

/** The options that turn a migration command into a fleet command: which targets, how many at once. */
final class FleetMixin {
    @Option(names = "--all-targets", description = "Run on every target of the settings' targets section (tenant "
            + "schemas or databases).")
    boolean allTargets;

    @Option(names = "--target", paramLabel = "NAME", description = "Run on this target of the settings; repeatable; "
            + "globs allowed (tenant_*).")
    List<String> targets;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Targets run at once, a connection each "
            + "(default: targets.jobs, else " + FleetOptions.DEFAULT_JOBS + "); not with --sql, whose script psql "
            + "runs one target after another.")
    Integer jobs;

    @Option(names = "--keep-going", description = "Start the remaining targets after one failed (default: start no "
            + "new target; running ones stop at their next revision boundary); with --sql, the script goes on "
            + "after a failed target (psql's ON_ERROR_STOP off).")
    boolean keepGoing;

    /** Whether the command runs on a fleet. */
    boolean active() {
        if (allTargets && targets != null && !targets.isEmpty()) {
            throw RootCommand.usage("--all-targets and --target both choose targets: use one of them");
        }
        if (!allTargets && (targets == null || targets.isEmpty()) && (jobs != null || keepGoing)) {
            throw RootCommand.usage("-j and --keep-going are for fleet runs: add --all-targets or --target NAME");
        }
        if (jobs != null && (jobs < 1 || jobs > 256)) {
            throw RootCommand.usage("-j must be from 1 to 256, not " + jobs);
        }
        return allTargets || targets != null && !targets.isEmpty();
    }

    FleetOptions options() {
        return new FleetOptions(allTargets ? List.of() : targets, jobs, keepGoing);
    }
}
