/**
 * Reaching PostgreSQL: JDBC connections from the settings, the embedded server for development,
 * the advisory lock that serializes migration runs, and the translation of {@link java.sql.SQLException}
 * into {@link io.wsmigrate.db.DatabaseException} without ever revealing a password.
 */
package io.wsmigrate.db;
