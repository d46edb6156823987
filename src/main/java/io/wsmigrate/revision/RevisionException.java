package io.wsmigrate.revision;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

import java.util.Objects;

/**
 * Something is wrong with the revision graph, a revision target, or a requested step. The
 * {@link Kind} lets callers and tests tell the cases apart; the message is one line for the user.
 */
public class RevisionException extends WsMigrateException {
    /** What went wrong, one constant per situation a caller may want to react to. */
    public enum Kind {
        /** A target, a current head or a stamp target names no revision. */
        UNKNOWN_REVISION,
        /** A revision prefix matches more than one revision. */
        AMBIGUOUS_PREFIX,
        /** {@code head} (or a relative move, or {@code label@head}) is ambiguous: several heads. */
        MULTIPLE_HEADS,
        /** The down_revision / depends_on links form a cycle. */
        CYCLE,
        /** Two revision files declare the same revision id. */
        DUPLICATE_ID,
        /** A down_revision or depends_on names a revision that does not exist. */
        MISSING_DOWN_REVISION,
        /** A branch label is used twice, or clashes with a revision id or a keyword. */
        DUPLICATE_LABEL,
        /** An upgrade towards an older target, or a downgrade towards a newer one. */
        WRONG_DIRECTION,
        /** A target or range that cannot be read or walked (bad syntax, ambiguous or too long walk). */
        BAD_TARGET,
        /** A step that does not fit the current version rows (already applied, parents missing...). */
        INVALID_STEP
    }

    private final Kind kind;

    public RevisionException(Kind kind, String message) {
        super(ExitCode.REVISION, message);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
