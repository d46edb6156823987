package io.wsmigrate.lint;

import io.wsmigrate.lint.CitusDdl.ForeignKey;
import io.wsmigrate.lint.CitusLinter.Problem;
import io.wsmigrate.lint.Distribution.Placement;
import java.util.Optional;

/**
 * A foreign key on a Citus cluster: into a distributed table only from a distributed table colocated
 * with it, on the distribution columns. Citus refuses one from a reference table, and accepts one
 * from a plain local table without ever enforcing it (deleting the referenced row leaves the
 * reference dangling).
 */
final class ForeignKeyCheck {
    private ForeignKeyCheck() {
    }

    static Optional<Problem> check(ForeignKey key, Distribution planned) {
        Optional<Placement> referenced = planned.of(key.referenced()).filter(Placement::isDistributed);
        if (referenced.isEmpty()) {
            return Optional.empty();
        }
        String what = "the foreign key (" + String.join(", ", key.columns()) + ") of " + key.table() + " to "
                + key.referenced() + " (" + referenced.get().describe() + ")";
        Optional<Placement> referencing = planned.of(key.table());
        if (referencing.isEmpty() || !referencing.get().isDistributed()) {
            String consequence = referencing.isEmpty()
                    ? ": " + key.table() + " is a plain local table, and Citus accepts the key but never enforces it"
                            + " (deleting a row of " + key.referenced() + " leaves the reference dangling)"
                    : ": " + key.table() + " is a reference table, and Citus refuses foreign keys from reference"
                            + " tables to distributed tables";
            return Optional.of(new Problem(Rule.CITUS_FOREIGN_KEY_TO_DISTRIBUTED, what + consequence,
                    "distribute " + key.table() + " by the column that matches " + referenced.get().column()
                            + ", colocated with " + key.referenced() + ", and put it in the foreign key; or drop"
                            + " the foreign key and check the reference in the application"));
        }
        String column = referencing.get().column();
        if (!planned.colocated(key.table(), key.referenced())) {
            return Optional.of(new Problem(Rule.CITUS_FOREIGN_KEY_NOT_COLOCATED, what + ": " + key.table() + " is "
                    + referencing.get().describe() + " in another colocation group, and Citus refuses foreign keys"
                    + " between tables that are not colocated", "distribute " + key.table() + " with colocate_with => '"
                    + key.referenced() + "' (by a column of the same type), or make " + key.referenced()
                    + " a reference table"));
        }
        if (!onDistributionColumns(key, column, referenced.get().column())) {
            return Optional.of(new Problem(Rule.CITUS_FOREIGN_KEY_NOT_COLOCATED, what + " does not join "
                    + key.table() + "." + column + " to " + key.referenced() + "." + referenced.get().column()
                    + ", the distribution columns, so Citus refuses it", "add " + column + " to the foreign key,"
                    + " matched with " + referenced.get().column() + " (and to " + key.referenced()
                    + "'s key), or make " + key.referenced() + " a reference table"));
        }
        return Optional.empty();
    }

    /** The key pairs the two distribution columns; referenced columns left out mean the primary key, unknown here. */
    private static boolean onDistributionColumns(ForeignKey key, String column, String referencedColumn) {
        int at = key.columns().indexOf(column);
        if (at < 0) {
            return false;
        }
        return key.referencedColumns().isEmpty() || at < key.referencedColumns().size()
                && key.referencedColumns().get(at).equals(referencedColumn);
    }
}
