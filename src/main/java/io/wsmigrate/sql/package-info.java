/**
 * Reads PostgreSQL text the way the server's lexer does: {@link io.wsmigrate.sql.SqlLexer} turns
 * text into {@link io.wsmigrate.sql.SqlToken}s (kind, value and offsets; comments and white space
 * dropped), {@link io.wsmigrate.sql.TokenCursor} walks them, and
 * {@link io.wsmigrate.sql.SqlStatements} splits a script into statements as {@code psql} does. It
 * is the one SQL reader of the project: {@code compare}, {@code changes} and {@code lint} build on
 * it. Pure Java, at the bottom of the package graph: it depends on nothing else of ours.
 */
package io.wsmigrate.sql;
