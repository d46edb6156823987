package io.wsmigrate.db;

import io.wsmigrate.config.Secrets;

/**
 * Removes secrets from text that names a database. The rules (exact values, short passwords only
 * where they stand as a password) are {@link Secrets}'; this adds the URL's own parameters.
 */
public final class Redaction {
    private Redaction() {
    }

    /** The URL with its password parameters and user-info password hidden, and every known secret. */
    public static String url(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        return Secrets.remembered().mask(secret(jdbcUrl, null));
    }

    /** Replaces every known secret in a message: {@code secret}, and those of the settings loaded. */
    public static String secret(String text, String secret) {
        if (text == null) {
            return null;
        }
        return Secrets.remembered().and(secret).mask(text);
    }
}
