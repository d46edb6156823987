package io.wsmigrate.script;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/**
 * Something is wrong with the scripts folder or one of its revision files. The message is one line
 * and starts with the file (and {@code :line:column} when the problem has a position), the way
 * compilers report errors, so editors and terminals can jump to it.
 */
public class ScriptException extends WsMigrateException {
    public ScriptException(String message) {
        super(ExitCode.REVISION, message);
    }

    public ScriptException(String message, Throwable cause) {
        super(ExitCode.REVISION, message, cause);
    }

    /** {@code file:line:column: problem}, with 1-based line and column as editors count them. */
    static ScriptException at(String file, int zeroBasedLine, int zeroBasedColumn, String problem) {
        return at(file, zeroBasedLine, zeroBasedColumn, problem, null);
    }

    static ScriptException at(String file, int zeroBasedLine, int zeroBasedColumn, String problem, Throwable cause) {
        return new ScriptException(file + ":" + (zeroBasedLine + 1) + ":" + (zeroBasedColumn + 1) + ": " + problem,
                cause);
    }
}
