package io.wsmigrate.command;

import io.wsmigrate.compare.Drift;
import java.util.ArrayList;
import java.util.List;

/** The comment block of a convergence revision: what it renames, why its downgrade is what it is, what is left. */
final class ConvergeHeader {
    private ConvergeHeader() {
    }

    static List<String> lines(List<Drift> converged, List<Drift> left, boolean toScripts) {
        List<String> lines = new ArrayList<>();
        lines.add("Convergence: names this database gave objects differently from the scripts.");
        lines.add(toScripts
                ? "Each change renames the object to the scripts' name where it still has the database's name,"
                : "Each change renames the object to the drifted database's name where it has the scripts' name,");
        lines.add(toScripts
                ? "and does nothing on databases built from the scripts. The downgrade is empty on purpose:"
                : "and does nothing on the drifted database. The downgrade renames every database back to the");
        lines.add(toScripts
                ? "the scripts' names are what every earlier revision's downgrade expects."
                : "scripts' names, which every earlier revision's downgrade expects.");
        lines.add("");
        lines.add("Renamed:");
        converged.forEach(drift -> lines.add("  - " + drift.describe()));
        if (!left.isEmpty()) {
            lines.add("");
            lines.add("Left as they are (no rename converges them; change the database or write a revision):");
            left.forEach(drift -> lines.add("  - " + drift.describe()));
        }
        return lines;
    }
}
