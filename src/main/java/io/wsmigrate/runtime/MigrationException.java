package io.wsmigrate.runtime;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/** A revision failed while it ran; its transaction was rolled back, earlier revisions stay applied. */
public class MigrationException extends WsMigrateException {
    public MigrationException(String message, Throwable cause) {
        super(ExitCode.MIGRATION, message, cause);
    }
}
