package io.wsmigrate.lint;

/** The lint rules: an id to name (and {@code --ignore}), a level, and the safer way to do it. */
public enum Rule {
    CONCURRENTLY_IN_TRANSACTION("concurrently-in-transaction", Level.ERROR,
            "move it into a revision of its own with `transactional: false`"),
    TRANSACTION_CONTROL("transaction-control", Level.ERROR,
            "remove it: ws-migrate runs each revision in a transaction of its own and records it there; split"
                    + " the revision in two where part of it must be committed first"),
    NON_TRANSACTIONAL("non-transactional", Level.WARNING,
            "keep statements that cannot run in a transaction alone in a `transactional: false` revision,"
                    + " and everything else in transactional ones"),
    INDEX_NOT_CONCURRENT("index-not-concurrent", Level.WARNING,
            "CREATE INDEX CONCURRENTLY in a revision of its own with `transactional: false`"
                    + " (autogenerate: --concurrent-indexes)"),
    UNIQUE_WITHOUT_INDEX("constraint-builds-index", Level.WARNING,
            "CREATE UNIQUE INDEX CONCURRENTLY in a `transactional: false` revision, then ADD CONSTRAINT ..."
                    + " UNIQUE USING INDEX (or PRIMARY KEY USING INDEX) in the next one"),
    TABLE_REWRITE("table-rewrite", Level.WARNING,
            "add a new nullable column (or one with a constant default), fill it in batches, switch the"
                    + " application over, then drop the old column in a later release"),
    SET_NOT_NULL("set-not-null", Level.WARNING,
            "ADD CONSTRAINT ... CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in the next"
                    + " revision, then SET NOT NULL (PostgreSQL 12+ skips the scan) and drop the CHECK"),
    NOT_NULL_WITHOUT_DEFAULT("not-null-without-default", Level.ERROR,
            "add the column with a DEFAULT, or nullable; fill it; then SET NOT NULL with the CHECK ... NOT VALID"
                    + " trick"),
    DROP("drop", Level.WARNING,
            "first deploy code that no longer uses it, then drop it in a later release, after a backup"),
    CONSTRAINT_WITHOUT_NOT_VALID("constraint-without-not-valid", Level.WARNING,
            "ADD ... NOT VALID, then VALIDATE CONSTRAINT in the next revision (autogenerate:"
                    + " --not-valid-foreign-keys)"),
    VALIDATE_SAME_TRANSACTION("validate-same-transaction", Level.WARNING,
            "move the VALIDATE CONSTRAINT into the next revision, so it runs in a transaction of its own");

    private final String id;
    private final Level level;
    private final String instead;

    Rule(String id, Level level, String instead) {
        this.id = id;
        this.level = level;
        this.instead = instead;
    }

    public String id() {
        return id;
    }

    public Level level() {
        return level;
    }

    public String instead() {
        return instead;
    }
}
