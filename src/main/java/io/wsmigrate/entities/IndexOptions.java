package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code options} of {@code @Index} (JPA 3.2), which Hibernate writes verbatim after the key
 * list of its {@code create index}: {@code include (a, b)}, {@code nulls [not] distinct} and
 * {@code where <predicate>}, in PostgreSQL's order. Anything else there would be created by
 * Hibernate but could not be compared, so it is refused with the index named. (A unique
 * {@code @Index} becomes a unique constraint in Hibernate's DDL, and its options are not read.)
 */
final class IndexOptions {
    private static final Pattern INCLUDE = Pattern.compile("(?is)^include\\s*\\(([^)]*)\\)\\s*");
    private static final Pattern NULLS = Pattern.compile("(?is)^nulls\\s+(not\\s+)?distinct\\b\\s*");
    private static final Pattern WHERE = Pattern.compile("(?is)^where\\s+(.+)$");

    private IndexOptions() {
    }

    static Index parse(String options, String name, List<IndexColumn> columns, boolean unique, QualifiedName table) {
        String rest = options == null ? "" : options.strip();
        List<String> include = new ArrayList<>();
        Matcher match = INCLUDE.matcher(rest);
        if (match.find()) {
            for (String column : match.group(1).split(",")) {
                include.add(SqlNames.fromRendered(column.strip()));
            }
            rest = rest.substring(match.end());
        }
        boolean nullsNotDistinct = false;
        match = NULLS.matcher(rest);
        if (match.find()) {
            nullsNotDistinct = match.group(1) != null;
            rest = rest.substring(match.end());
        }
        String predicate = null;
        match = WHERE.matcher(rest);
        if (match.find()) {
            predicate = match.group(1).strip();
            rest = "";
        }
        if (!rest.isBlank()) {
            throw new WsMigrateException(ExitCode.MODEL, "index " + name + " on " + table + " has options '" + options
                    + "' that ws-migrate cannot compare ('" + rest.strip().toLowerCase(Locale.ROOT) + "'); use"
                    + " include (...), nulls not distinct and where ..., in that order");
        }
        return new Index(name, columns, unique, predicate, null, include, nullsNotDistinct);
    }
}
