/**
 * ws-migrate: Alembic-style migrations for JPA/Hibernate projects on PostgreSQL. The root package
 * holds only the exception root and the exit codes that every other package shares.
 */
package io.wsmigrate;
