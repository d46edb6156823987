package io.wsmigrate.cli;

import io.wsmigrate.command.DriftCommands.Report;
import io.wsmigrate.compare.Drift;

/** Prints a drift report, the same way for {@code check --drift} and {@code stamp --check-drift}. */
final class DriftReport {
    enum Printed { NONE, DRIFT }

    private final Subcommand command;

    DriftReport(Subcommand command) {
        this.command = command;
    }

    Printed print(Report report) {
        String at = Summaries.describe(report.revisions());
        if (report.isEmpty()) {
            command.info("No drift: the database matches what the scripts create at " + at + ", names included.");
            return Printed.NONE;
        }
        command.out().println(report.drifts().size() + " drift(s) between the database and what the scripts create at "
                + at + ":");
        report.drifts().forEach(drift -> command.out().println("  - " + drift.describe()));
        if (report.drifts().stream().anyMatch(Drift::convergible)) {
            command.out().println("Run `ws-migrate revision --autogenerate --converge -m MESSAGE` to write a revision"
                    + " that gives the database the scripts' names.");
        }
        return Printed.DRIFT;
    }
}
