package io.wsmigrate.db;

import java.util.regex.Pattern;

/** Removes secrets from text that names a database: JDBC URLs may carry {@code password=}. */
public final class Redaction {
    private static final Pattern URL_PASSWORD = Pattern.compile("(?i)(password=)[^&;\\s]*");
    private static final Pattern USERINFO = Pattern.compile("(//[^/:@\\s]+:)[^@/\\s]*@");

    private Redaction() {
    }

    public static String url(String jdbcUrl) {
        if (jdbcUrl == null) {
            return null;
        }
        String redacted = URL_PASSWORD.matcher(jdbcUrl).replaceAll("$1****");
        return USERINFO.matcher(redacted).replaceAll("$1****@");
    }

    /** Replaces every occurrence of a known secret in a message. */
    public static String secret(String text, String secret) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "****");
    }
}
