/**
 * Reaching PostgreSQL: JDBC connections from the settings, the embedded server for development (of
 * the PostgreSQL major the settings or its data folder name, its programs bundled or taken from the
 * local Maven repository),
 * the advisory lock that serializes migration runs, and the translation of {@link java.sql.SQLException}
 * into {@link io.wsmigrate.db.DatabaseException} without ever revealing a password.
 */
package io.wsmigrate.db;
