package io.wsmigrate.config;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;

/**
 * A settings file that is missing, malformed or incomplete. The message is one line naming the
 * file (with line and dotted key where known) and what to do; it never contains a secret value.
 */
public class ConfigException extends WsMigrateException {

    public ConfigException(String message) {
        super(ExitCode.CONFIG, singleLine(message));
    }

    public ConfigException(String message, Throwable cause) {
        super(ExitCode.CONFIG, singleLine(message), cause);
    }

    /** A problem with the value at {@code keyPath}, located by {@code origin}. */
    static ConfigException at(Origin origin, String keyPath, String problem) {
        return new ConfigException(origin.where() + ": " + origin.keyOr(keyPath) + " " + problem);
    }

    // Parser and Logback texts sometimes span lines; the CLI prints exactly one line per error.
    private static String singleLine(String message) {
        return message == null ? null : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
