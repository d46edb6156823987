package io.wsmigrate.liquibase;

import io.wsmigrate.sql.SqlStatements;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds statements that begin, end or cut a transaction. ws-migrate runs a revision and records it
 * in one transaction of its own; a {@code COMMIT} in the middle would make part of it permanent
 * before the rest ran, and a {@code ROLLBACK} would undo it and still have it recorded as applied.
 */
final class TransactionControl {
    /** First words that always control the transaction. */
    private static final Set<String> ALWAYS = Set.of("begin", "commit", "rollback", "end", "abort", "savepoint",
            "release");
    /** First words that do when {@code transaction} follows: START, PREPARE and SET TRANSACTION. */
    private static final Set<String> WITH_TRANSACTION = Set.of("start", "prepare", "set");

    private TransactionControl() {
    }

    /** The first transaction control statement of {@code sql} (which may hold several), as key words. */
    static Optional<String> find(String sql) {
        for (String statement : SqlStatements.split(sql)) {
            List<String> words = SqlStatements.words(statement);
            String first = words.isEmpty() ? "" : words.get(0);
            String second = words.size() < 2 ? "" : words.get(1);
            if (ALWAYS.contains(first)) {
                boolean twoWords = second.equals("prepared") || second.equals("to") || second.equals("savepoint")
                        || second.equals("transaction") || second.equals("work");
                return Optional.of(upper(twoWords ? first + " " + second : first));
            }
            if (WITH_TRANSACTION.contains(first) && second.equals("transaction")) {
                return Optional.of(upper(first + " " + second));
            }
        }
        return Optional.empty();
    }

    private static String upper(String words) {
        return words.toUpperCase(Locale.ROOT);
    }
}
