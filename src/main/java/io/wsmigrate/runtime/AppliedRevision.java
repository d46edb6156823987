package io.wsmigrate.runtime;

import java.time.OffsetDateTime;

/**
 * A row of the version table: one applied revision. {@code head} marks the rows Alembic's own
 * version table would hold; {@code checksum} is what the revision's file hashed to when it was
 * applied (null for rows written by older tools); {@code stamped} rows were recorded without running.
 */
public record AppliedRevision(String revision, boolean head, String checksum, OffsetDateTime appliedAt,
                              Long executionMillis, boolean stamped) {
}
