package io.wsmigrate.compare;

/**
 * The order in which operations run so that PostgreSQL accepts the upgrade and, reversed, the
 * downgrade. Renames of tables and columns come first so every later operation speaks the model's
 * names; renames of keys and indexes follow the drops, which may free the names they take. Foreign keys
 * are dropped before anything they depend on and added after everything they need; tables carry
 * no foreign keys, so tables themselves never need ordering among each other. Enum types exist
 * before the columns that use them and go after the last of those. Citus places a table once it has
 * its columns and keys and before any foreign key touches it.
 */
enum Phase {
    RENAME_TABLE,
    RENAME_COLUMN,
    DROP_FOREIGN_KEY,
    DROP_KEY,
    RENAME_KEY,
    ENUM_TYPE,
    SEQUENCE,
    CREATE_TABLE,
    ALTER_TABLE,
    ADD_KEY,
    DISTRIBUTE,
    ADD_FOREIGN_KEY,
    DROP_COLUMN,
    DROP_TABLE,
    DROP_SEQUENCE,
    DROP_ENUM_TYPE
}
