/**
 * The plain, immutable schema model that both sides of a diff are turned into: Hibernate's
 * metadata on one side, PostgreSQL's catalog on the other. Pure Java, no third-party imports, so
 * comparisons are fast to test in memory.
 */
package io.wsmigrate.schema;
