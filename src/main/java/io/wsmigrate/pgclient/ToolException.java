package io.wsmigrate.pgclient;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/** A client program is missing, does not fit the server, or failed. */
public class ToolException extends WsMigrateException {
    public ToolException(String message) {
        super(ExitCode.TOOL, message);
    }

    public ToolException(String message, Throwable cause) {
        super(ExitCode.TOOL, message, cause);
    }
}
