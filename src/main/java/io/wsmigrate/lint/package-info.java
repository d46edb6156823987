/**
 * Lint for revisions: flags statements that are unsafe on a busy production database (table
 * rewrites, long locks, non-concurrent index builds, unvalidated-first constraints, drops, NOT
 * NULL columns without a default, statements that cannot run in the revision's transaction), each
 * with the reason and a safer alternative. It reads the SQL each change entry turns into, so
 * Liquibase changes and hand-written {@code sql} are judged alike. Pure: no database, no library.
 */
package io.wsmigrate.lint;
