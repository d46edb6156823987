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
            "move the VALIDATE CONSTRAINT into the next revision, so it runs in a transaction of its own"),
    CITUS_KEY_WITHOUT_DISTRIBUTION_COLUMN("citus-key-without-distribution-column", Level.ERROR,
            "include the distribution column in the key, or make the table a reference table"),
    CITUS_DISTRIBUTION_COLUMN_TYPE("citus-distribution-column-type", Level.ERROR,
            "add a column of the new type, fill it, and move the table to it: create a new table distributed by"
                    + " that column, copy the rows (INSERT ... SELECT), swap the names; or undistribute_table,"
                    + " change the type, distribute again, in a maintenance window"),
    CITUS_FOREIGN_KEY_TO_DISTRIBUTED("citus-foreign-key-to-distributed", Level.ERROR,
            "distribute the referencing table by the same column, colocated with the referenced one, and put"
                    + " that column in the foreign key"),
    CITUS_FOREIGN_KEY_NOT_COLOCATED("citus-foreign-key-not-colocated", Level.ERROR,
            "distribute both tables by the column the foreign key joins on, colocated (colocate_with), and put"
                    + " the distribution columns in the foreign key; or make the referenced table a reference table"),
    CITUS_IDENTITY_COLUMN("citus-identity-column", Level.WARNING,
            "a bigint column with a sequence default (bigserial; @GeneratedValue(strategy = SEQUENCE) in the"
                    + " entity), or a UUID"),
    CITUS_VOLATILE_UPDATE("citus-volatile-update", Level.ERROR,
            "compute the values outside the UPDATE: into a column default for new rows, or a reference table the"
                    + " UPDATE reads with FROM, or run the UPDATE once per value from the application");

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
