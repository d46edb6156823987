package io.wsmigrate.lint;

import io.wsmigrate.lint.DdlAction.AddColumn;
import io.wsmigrate.lint.DdlAction.AddConstraint;
import io.wsmigrate.lint.DdlAction.AlterColumnType;
import io.wsmigrate.lint.DdlAction.ConstraintKind;
import io.wsmigrate.lint.DdlAction.CreateIndex;
import io.wsmigrate.lint.DdlAction.CreateTable;
import io.wsmigrate.lint.DdlAction.DropColumn;
import io.wsmigrate.lint.DdlAction.DropTable;
import io.wsmigrate.lint.DdlAction.SetNotNull;
import io.wsmigrate.lint.DdlAction.ValidateConstraint;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Checks revisions for statements that are unsafe on a busy table. A table counts as existing
 * (holding rows, in use) unless the same revision created it. What earlier revisions did is
 * remembered, so a {@code SET NOT NULL} after a validated {@code CHECK (c IS NOT NULL)} is not flagged.
 */
public final class Linter {
    private final Predicate<String> requiresNoTransaction;
    private final Function<String, Optional<String>> transactionControl;
    /** CHECK (column IS NOT NULL) constraints seen so far, by table and constraint name. */
    private final Map<String, NotNullCheck> notNullChecks = new HashMap<>();

    /** {@code requiresNoTransaction}: true for statements PostgreSQL refuses in a transaction block. */
    public Linter(Predicate<String> requiresNoTransaction) {
        this(requiresNoTransaction, sql -> Optional.empty());
    }

    /** {@code transactionControl}: the COMMIT, ROLLBACK, BEGIN... a statement holds, if any. */
    public Linter(Predicate<String> requiresNoTransaction, Function<String, Optional<String>> transactionControl) {
        this.requiresNoTransaction = requiresNoTransaction;
        this.transactionControl = transactionControl;
    }

    private static final class NotNullCheck {
        final String column;
        final String addedIn;
        boolean valid;
        String validatedIn;

        NotNullCheck(String column, String addedIn, boolean valid) {
            this.column = column;
            this.addedIn = addedIn;
            this.valid = valid;
            this.validatedIn = valid ? addedIn : null;
        }
    }

    /**
     * The findings of the revisions in {@code reported}; {@code history} is every revision they
     * build on, parents first, the reported ones included.
     */
    public List<Finding> lint(List<RevisionSql> history, Set<String> reported) {
        List<Finding> findings = new ArrayList<>();
        for (RevisionSql revision : history) {
            List<Finding> found = new Pass(revision).run();
            if (reported.contains(revision.id())) {
                findings.addAll(found);
            }
        }
        return findings;
    }

    /** One revision's walk: what it created, what it added NOT VALID, what cannot run in a transaction. */
    private final class Pass {
        private final RevisionSql revision;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> created = new HashSet<>();
        private final Set<String> addedNotValid = new HashSet<>();
        private int noTransactionStatements;
        private RevisionSql.Entry firstOtherEntry;
        private String firstOtherStatement;
        private RevisionSql.Entry entry;
        private String statement;

        Pass(RevisionSql revision) {
            this.revision = revision;
        }

        List<Finding> run() {
            for (RevisionSql.Entry e : revision.entries()) {
                entry = e;
                for (String sql : e.statements()) {
                    statement = sql;
                    check(sql);
                }
            }
            checkNonTransactional();
            return findings;
        }

        private void check(String sql) {
            transactionControl.apply(sql).ifPresent(control -> report(Rule.TRANSACTION_CONTROL, "`" + control
                    + "` ends or cuts the revision's transaction: `upgrade` refuses the revision"));
            if (requiresNoTransaction.test(sql)) {
                noTransactionStatements++;
                if (revision.transactional()) {
                    report(Rule.CONCURRENTLY_IN_TRANSACTION, "PostgreSQL refuses this statement inside a transaction"
                            + " block, and the revision is transactional: it fails every time");
                }
            } else if (firstOtherEntry == null) {
                firstOtherEntry = entry;
                firstOtherStatement = sql;
            }
            for (DdlAction action : DdlParser.parse(sql)) {
                if (action instanceof CreateTable) {
                    created.add(action.table());
                } else if (existing(action.table())) {
                    checkOnExistingTable(action);
                }
                remember(action);
            }
        }

        private void checkOnExistingTable(DdlAction action) {
            String table = action.table();
            if (action instanceof CreateIndex index && !index.concurrently()) {
                report(Rule.INDEX_NOT_CONCURRENT, "CREATE INDEX on the existing table " + table
                        + " blocks its inserts, updates and deletes until the whole index is built");
            } else if (action instanceof AddColumn column) {
                checkAddColumn(column);
            } else if (action instanceof AlterColumnType type) {
                report(Rule.TABLE_REWRITE, "changing the type of " + table + "." + type.column() + " rewrites the"
                        + " table and its indexes under an ACCESS EXCLUSIVE lock (reads wait too), unless the types"
                        + " are binary-compatible, such as varchar(n) to a longer varchar or text");
            } else if (action instanceof SetNotNull notNull && !hasValidatedCheck(table, notNull.column())) {
                report(Rule.SET_NOT_NULL, "SET NOT NULL on " + table + "." + notNull.column() + " scans the whole"
                        + " table under an ACCESS EXCLUSIVE lock (reads wait too)");
            } else if (action instanceof DropTable) {
                report(Rule.DROP, "dropping the table " + table + " deletes its data, and running versions of the"
                        + " application that still use it fail");
            } else if (action instanceof DropColumn drop) {
                report(Rule.DROP, "dropping " + table + "." + drop.column() + " deletes its data, and running"
                        + " versions of the application that still use it fail");
            } else if (action instanceof AddConstraint constraint) {
                checkAddConstraint(constraint);
            } else if (action instanceof ValidateConstraint validate
                    && addedNotValid.contains(key(table, validate.name())) && revision.transactional()) {
                report(Rule.VALIDATE_SAME_TRANSACTION, "constraint " + validate.name() + " was added NOT VALID"
                        + " in this same transaction, whose stronger lock on " + table + " is held until commit:"
                        + " the VALIDATE scan runs under it and NOT VALID gains nothing");
            }
        }

        private void checkAddColumn(AddColumn column) {
            String name = column.table() + "." + column.column();
            if (column.rewriteCause() != null) {
                report(Rule.TABLE_REWRITE, "adding " + name + " rewrites the whole table under an ACCESS EXCLUSIVE"
                        + " lock (reads wait too): " + column.rewriteCause());
            } else if (column.notNull() && !column.hasDefault()) {
                report(Rule.NOT_NULL_WITHOUT_DEFAULT, "adding " + name + " as NOT NULL without a DEFAULT fails as"
                        + " soon as " + column.table() + " holds a row");
            }
        }

        private void checkAddConstraint(AddConstraint constraint) {
            String table = constraint.table();
            String what = constraint.name() == null ? "a " + kind(constraint.kind()) + " constraint"
                    : kind(constraint.kind()) + " constraint " + constraint.name();
            boolean validating = constraint.kind() == ConstraintKind.FOREIGN_KEY
                    || constraint.kind() == ConstraintKind.CHECK;
            if (validating && !constraint.notValid()) {
                report(Rule.CONSTRAINT_WITHOUT_NOT_VALID, "adding " + what + " checks every row of " + table
                        + " while holding a lock that blocks its writes"
                        + (constraint.kind() == ConstraintKind.FOREIGN_KEY ? " (and those of the referenced table)"
                        : " and reads"));
            } else if (!validating && !constraint.usingIndex()) {
                report(Rule.UNIQUE_WITHOUT_INDEX, "adding " + what + " builds its index on " + table
                        + " under an ACCESS EXCLUSIVE lock (reads wait too)");
            }
        }

        private void remember(DdlAction action) {
            if (action instanceof AddConstraint constraint && constraint.notValid()) {
                addedNotValid.add(key(constraint.table(), constraint.name()));
            }
            if (action instanceof AddConstraint constraint && constraint.notNullColumn() != null) {
                notNullChecks.put(key(constraint.table(), constraint.name() == null ? "(" + constraint.notNullColumn()
                        + ")" : constraint.name()), new NotNullCheck(constraint.notNullColumn(), revision.id(),
                        !constraint.notValid()));
            }
            if (action instanceof ValidateConstraint validate) {
                NotNullCheck check = notNullChecks.get(key(validate.table(), validate.name()));
                if (check != null && !check.valid) {
                    check.valid = true;
                    check.validatedIn = revision.id();
                }
            }
        }

        /**
         * A valid CHECK (column IS NOT NULL) lets SET NOT NULL skip its scan; it helps only if it was
         * added in an earlier transaction, since the ADD's lock would otherwise cover the scan.
         */
        private boolean hasValidatedCheck(String table, String column) {
            return notNullChecks.entrySet().stream().anyMatch(e -> e.getKey().startsWith(table + "|")
                    && e.getValue().column.equals(column) && e.getValue().valid
                    && !e.getValue().addedIn.equals(revision.id()));
        }

        private void checkNonTransactional() {
            if (revision.transactional() || revision.entries().isEmpty()) {
                return;
            }
            if (noTransactionStatements == 0) {
                entry = null;
                statement = "";
                report(Rule.NON_TRANSACTIONAL, "the revision is `transactional: false` but has no statement that"
                        + " needs it: if a statement fails, the ones before it stay applied");
            } else if (firstOtherEntry != null) {
                entry = firstOtherEntry;
                statement = firstOtherStatement;
                report(Rule.NON_TRANSACTIONAL, "it shares a `transactional: false` revision with statements that"
                        + " cannot run in a transaction, so it runs without one: if a later statement fails, it"
                        + " stays applied");
            }
        }

        private boolean existing(String table) {
            return !created.contains(table);
        }

        private void report(Rule rule, String reason) {
            findings.add(new Finding(revision.file(), revision.id(), entry == null ? 0 : entry.number(),
                    entry == null ? "" : entry.change(), oneLine(statement), rule.level(), rule.id(), reason,
                    rule.instead()));
        }
    }

    private static String key(String table, String constraint) {
        return table + "|" + constraint;
    }

    private static String kind(ConstraintKind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String oneLine(String sql) {
        String line = sql.replaceAll("\\s+", " ").trim();
        return line.length() <= 200 ? line : line.substring(0, 200) + "...";
    }
}
