package io.wsmigrate.schema;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * When PostgreSQL checks a primary key, unique constraint or foreign key: at once and always
 * ({@code NOT DEFERRABLE}, the default), at once unless a transaction defers it
 * ({@code DEFERRABLE INITIALLY IMMEDIATE}), or at commit ({@code DEFERRABLE INITIALLY DEFERRED}).
 * A constraint whose deferral is null is not deferrable when read from the catalog, and says
 * nothing about it when built from the entities: then the database's choice stands.
 */
public enum Deferral {
    NOT_DEFERRABLE("NOT DEFERRABLE"),
    IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
    DEFERRED("DEFERRABLE INITIALLY DEFERRED");

    private static final Pattern NOT_DEFERRABLE_WORDS = Pattern.compile("\\bnot\\s+deferrable\\b");
    private static final Pattern DEFERRABLE_WORD = Pattern.compile("\\bdeferrable\\b");
    private static final Pattern INITIALLY_DEFERRED = Pattern.compile("\\binitially\\s+deferred\\b");
    private static final Pattern INITIALLY_IMMEDIATE = Pattern.compile("\\binitially\\s+immediate\\b");

    private final String sql;

    Deferral(String sql) {
        this.sql = sql;
    }

    /** The clause as it follows a constraint's definition. */
    public String sql() {
        return sql;
    }

    /** True for the two deferrable kinds. */
    public boolean deferrable() {
        return this != NOT_DEFERRABLE;
    }

    /** A non-null deferral, reading null as PostgreSQL's default. */
    public static Deferral orDefault(Deferral deferral) {
        return deferral == null ? NOT_DEFERRABLE : deferral;
    }

    /** The deferral the catalog states ({@code pg_constraint.condeferrable, condeferred}); null when not deferrable. */
    public static Deferral of(boolean deferrable, boolean initiallyDeferred) {
        if (!deferrable) {
            return null;
        }
        return initiallyDeferred ? DEFERRED : IMMEDIATE;
    }

    /**
     * The deferral a constraint's SQL text asks for, as PostgreSQL reads it ({@code INITIALLY
     * DEFERRED} implies {@code DEFERRABLE}, {@code INITIALLY IMMEDIATE} alone leaves it not
     * deferrable), or null when the text says nothing about it. Quoted names are not looked into.
     */
    public static Deferral parse(String clause) {
        if (clause == null) {
            return null;
        }
        String text = clause.replaceAll("\"[^\"]*\"|'[^']*'", " ").toLowerCase(Locale.ROOT);
        if (INITIALLY_DEFERRED.matcher(text).find()) {
            return DEFERRED;
        }
        if (NOT_DEFERRABLE_WORDS.matcher(text).find()) {
            return NOT_DEFERRABLE;
        }
        if (DEFERRABLE_WORD.matcher(text).find()) {
            return IMMEDIATE;
        }
        return INITIALLY_IMMEDIATE.matcher(text).find() ? NOT_DEFERRABLE : null;
    }

    /** The clause to append to a constraint's definition: empty for a constraint that is not deferrable. */
    public static String clause(Deferral deferral) {
        return deferral == null || !deferral.deferrable() ? "" : " " + deferral.sql();
    }
}
