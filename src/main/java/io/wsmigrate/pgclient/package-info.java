/**
 * Runs PostgreSQL's client programs, psql and pg_dump, on the configured database. The connection
 * reaches the child through libpq's environment variables ({@code PGHOST}, {@code PGPORT},
 * {@code PGDATABASE}, {@code PGUSER}, {@code PGSSLMODE}, ...) and the password through a private,
 * short-lived password file ({@code PGPASSFILE}), never through the command line or
 * {@code PGPASSWORD}. Programs are found on the {@code PATH} of the environment we are given, or
 * at {@code WS_MIGRATE_PSQL} / {@code WS_MIGRATE_PG_DUMP}; one older than the server gives way to
 * one of the server's major installed beside it, else is refused (pg_dump) or warned about (psql).
 */
package io.wsmigrate.pgclient;
