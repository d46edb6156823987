package io.wsmigrate.liquibase;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/** A change entry that is malformed, unknown to Liquibase, or cannot be turned into SQL. */
public class ChangeException extends WsMigrateException {

    public ChangeException(String message) {
        super(ExitCode.REVISION, message);
    }

    public ChangeException(String message, Throwable cause) {
        super(ExitCode.REVISION, message, cause);
    }

    /** The same error with where it happened in front, e.g. {@code revision a1b2 upgrade[3]: ...}. */
    public ChangeException at(String location) {
        return new ChangeException(location + ": " + getMessage(), this);
    }
}
