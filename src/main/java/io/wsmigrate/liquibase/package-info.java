/**
 * The Liquibase change vocabulary of revision files: {@link io.wsmigrate.liquibase.ChangeRenderer}
 * turns operations into change entries ({@code createTable}, {@code addColumn}, {@code sql}, …) and
 * {@link io.wsmigrate.liquibase.ChangeSql} turns change entries into PostgreSQL statements with
 * Liquibase, offline: no connection, no changelog tables, no lock. Names reach PostgreSQL exactly as
 * written (quoted only where PostgreSQL would otherwise fold or reject them), and native PostgreSQL
 * types pass through unchanged where Liquibase would rewrite them.
 */
package io.wsmigrate.liquibase;
