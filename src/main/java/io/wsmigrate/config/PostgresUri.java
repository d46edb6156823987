package io.wsmigrate.config;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code postgresql://} or {@code postgres://} connection URI, as libpq, SQLAlchemy, Alembic's
 * {@code sqlalchemy.url}, hosting platforms' {@code DATABASE_URL} and Quarkus's reactive data source
 * write it, turned into what the JDBC driver reads: a {@code jdbc:postgresql://} URL, and the user
 * and password of the URI's user-info (%-decoded), which the driver would take for a host name.
 * <p>
 * Parameters pass on only where the driver reads them alike or under another name; any other is
 * refused rather than dropped, since the driver ignores a name it does not know: a connection
 * would then silently differ from the one the URI describes. A host that is a Unix-domain socket's
 * folder is refused too: the JDBC driver connects over TCP only.
 */
record PostgresUri(String jdbcUrl, String user, String password) {
    private static final List<String> SCHEMES = List.of("postgresql://", "postgres://");
    /** libpq's (or Vert.x's) name of a parameter, and the driver's. */
    private static final Map<String, String> RENAMED = Map.of("application_name", "ApplicationName",
            "connect_timeout", "connectTimeout", "search_path", "currentSchema");
    /** Parameters the driver reads under libpq's own name and meaning. */
    private static final List<String> SAME = List.of("sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword",
            "options", "user", "password", "gssencmode", "channel_binding");

    /** Whether {@code url} is written as such a URI. */
    static boolean isUri(String url) {
        return SCHEMES.stream().anyMatch(url::startsWith);
    }

    /**
     * The URI {@code uri}, written at {@code origin} under {@code keyPath}. Messages never show the
     * URI itself: its user-info may hold a password.
     */
    static PostgresUri parse(String uri, Origin origin, String keyPath) {
        String rest = uri.substring(uri.indexOf("//") + 2);
        if (rest.indexOf('#') >= 0) {
            throw problem(origin, keyPath, "has a fragment (#...), which a connection URI cannot have; write a # in"
                    + " a password as %23");
        }
        int authorityEnd = indexOfAny(rest, "/?");
        String authority = rest.substring(0, authorityEnd);
        String afterAuthority = rest.substring(authorityEnd);
        int pathEnd = afterAuthority.indexOf('?');
        if ((pathEnd < 0 ? afterAuthority : afterAuthority.substring(0, pathEnd)).indexOf('@') >= 0) {
            // user:pa/ss@host: the host would be read from the password
            throw problem(origin, keyPath, "has an @ after its first / or ?; write a / in the user name or password"
                    + " as %2F and a ? as %3F");
        }
        int at = authority.lastIndexOf('@');
        String user = null;
        String password = null;
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            int colon = userInfo.indexOf(':');
            user = decoded(colon < 0 ? userInfo : userInfo.substring(0, colon), origin, keyPath, "user name");
            password = colon < 0 ? null : decoded(userInfo.substring(colon + 1), origin, keyPath, "password");
            authority = authority.substring(at + 1);
        }
        if (authority.startsWith("%2F") || authority.startsWith("%2f") || authority.startsWith("/")) {
            throw problem(origin, keyPath, "names a Unix-domain socket's folder as its host; the JDBC driver connects"
                    + " over TCP only: write the host name (localhost) instead");
        }
        String path = pathEnd < 0 ? afterAuthority : afterAuthority.substring(0, pathEnd);
        String query = pathEnd < 0 ? "" : jdbcQuery(afterAuthority.substring(pathEnd + 1), origin, keyPath);
        // libpq reads an empty host as the local socket, Vert.x as localhost: over TCP, localhost
        String hosts = authority.isEmpty() ? "localhost" : authority;
        return new PostgresUri("jdbc:postgresql://" + hosts + (path.isEmpty() ? "/" : path) + query,
                user == null || user.isEmpty() ? null : user, password);
    }

    @Override
    public String toString() {
        return "PostgresUri[" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "****") + "]";
    }

    private static String jdbcQuery(String query, Origin origin, String keyPath) {
        List<String> parameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = equals < 0 ? parameter : parameter.substring(0, equals);
            String value = equals < 0 ? "" : parameter.substring(equals);
            if (RENAMED.containsKey(name)) {
                parameters.add(RENAMED.get(name) + value);
            } else if (SAME.contains(name)) {
                parameters.add(parameter);
            } else {
                // the name is safe to show; a value could be a secret
                throw problem(origin, keyPath, "has the parameter '" + name + "', which ws-migrate does not pass to"
                        + " the JDBC driver (it knows " + String.join(", ", known()) + "); set the driver's own"
                        + " property under database.properties, or write a jdbc:postgresql:// URL");
            }
        }
        return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
    }

    private static List<String> known() {
        List<String> names = new ArrayList<>(SAME);
        names.addAll(RENAMED.keySet());
        names.sort(null);
        return names;
    }

    /** {@code text} with its %-escapes decoded as UTF-8; {@code +} stays a plus, as in a URI. */
    private static String decoded(String text, Origin origin, String keyPath, String what) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            int c = text.codePointAt(i);
            if (c != '%') {
                bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(c) - 1;
                continue;
            }
            int high = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
            int low = high < 0 ? -1 : Character.digit(text.charAt(i + 2), 16);
            if (low < 0) {
                throw problem(origin, keyPath, "has a % in its " + what + " that is not followed by two hex digits;"
                        + " write a % as %25");
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    private static ConfigException problem(Origin origin, String keyPath, String what) {
        return ConfigException.at(origin, keyPath, what);
    }
}
