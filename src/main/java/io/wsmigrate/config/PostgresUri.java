package io.wsmigrate.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A {@code postgresql://} or {@code postgres://} connection URI, as libpq, SQLAlchemy (Alembic's
 * {@code sqlalchemy.url}), hosting platforms' {@code DATABASE_URL} and Quarkus's reactive data source
 * write it, turned into what the JDBC driver reads: a {@code jdbc:postgresql://} URL, and the user,
 * password and connect timeout, which ws-migrate's settings may set too and then win. The URI is
 * split as libpq splits it: the user-info ends at the first {@code @} before any {@code /}, so a
 * {@code ?} or {@code :} in a password needs no escape.
 * <p>
 * Parameters pass on only where the driver reads them with the same meaning, under libpq's name or
 * its own; any other is refused rather than dropped, since the driver ignores a name it does not
 * know: the connection would silently differ from the one the URI describes. A host that is a
 * Unix-domain socket's folder is refused too: the JDBC driver connects over TCP only. Messages never
 * show the URI's text, only the names of its parts: any part could hold a mistyped password.
 */
record PostgresUri(String jdbcUrl, String user, String password, Duration connectTimeout) {
    private static final List<String> SCHEMES = List.of("postgresql://", "postgres://");
    /** libpq's name of a parameter (or Vert.x's, {@code search_path}), and the driver's. */
    private static final Map<String, String> RENAMED = Map.of("application_name", "ApplicationName",
            "search_path", "currentSchema", "gssencmode", "gssEncMode", "channel_binding", "channelBinding");
    /** Parameters the driver reads under libpq's own name and meaning. */
    private static final List<String> SAME = List.of("sslmode", "sslcert", "sslkey", "sslrootcert", "sslpassword",
            "options");
    /** Parameters taken out of the URL: the settings' own keys win over them. */
    private static final List<String> FOLDED = List.of("user", "password", "connect_timeout");
    private static final int MAX_PORT = 65535;

    /** Whether {@code url} is written as such a URI. */
    static boolean isUri(String url) {
        return SCHEMES.stream().anyMatch(url::startsWith);
    }

    /** The URI {@code uri}, written at {@code origin} under {@code keyPath}. */
    static PostgresUri parse(String uri, Origin origin, String keyPath) {
        Parts parts = new Parts(origin, keyPath);
        String rest = uri.substring(uri.indexOf("//") + 2);
        if (rest.indexOf('#') >= 0) {
            throw parts.problem("has a fragment (#...), which a connection URI cannot have; write a # in a password"
                    + " as %23");
        }
        int userInfoEnd = userInfoEnd(rest);
        if (userInfoEnd >= 0) {
            String userInfo = rest.substring(0, userInfoEnd);
            int colon = userInfo.indexOf(':');
            parts.user = parts.decoded(colon < 0 ? userInfo : userInfo.substring(0, colon), "user name");
            parts.password = colon < 0 ? null : parts.decoded(userInfo.substring(colon + 1), "password");
            rest = rest.substring(userInfoEnd + 1);
        }
        int hostsEnd = indexOfAny(rest, "/?");
        String hosts = parts.hosts(rest.substring(0, hostsEnd));
        String afterHosts = rest.substring(hostsEnd);
        int queryStart = afterHosts.indexOf('?');
        String path = queryStart < 0 ? afterHosts : afterHosts.substring(0, queryStart);
        if (path.indexOf('@') >= 0) {
            // user:pa/ss@host: the host would be read from the password
            throw parts.problem("has an @ after its first /; write a / in the user name or password as %2F");
        }
        String query = queryStart < 0 ? "" : parts.jdbcQuery(afterHosts.substring(queryStart + 1));
        return new PostgresUri("jdbc:postgresql://" + hosts + (path.isEmpty() ? "/" : plusKept(path)) + query,
                blankAsNull(parts.user), blankAsNull(parts.password), parts.connectTimeout);
    }

    @Override
    public String toString() {
        return "PostgresUri[" + jdbcUrl + ", user=" + user + ", password=" + (password == null ? "none" : "****")
                + ", connectTimeout=" + connectTimeout + "]";
    }

    /** The {@code @} that ends the user-info: the first one before any {@code /}, as libpq reads it; -1 when none. */
    private static int userInfoEnd(String rest) {
        for (int i = 0; i < rest.length() && rest.charAt(i) != '/'; i++) {
            if (rest.charAt(i) == '@') {
                return i;
            }
        }
        return -1;
    }

    /** libpq reads an empty password or user as none given. */
    private static String blankAsNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** The driver decodes {@code +} as a space (as in a form); libpq keeps it a plus. */
    private static String plusKept(String text) {
        return text.replace("+", "%2B");
    }

    private static int indexOfAny(String text, String characters) {
        for (int i = 0; i < text.length(); i++) {
            if (characters.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return text.length();
    }

    /** What parsing has found so far, and where to report a problem. */
    private static final class Parts {
        private final Origin origin;
        private final String keyPath;
        private String user;
        private String password;
        private Duration connectTimeout;

        Parts(Origin origin, String keyPath) {
            this.origin = origin;
            this.keyPath = keyPath;
        }

        /** {@code host[:port]} or {@code [v6]:port}, comma-separated, checked; an empty list is localhost. */
        String hosts(String list) {
            if (list.isEmpty()) {
                return "localhost"; // libpq reads it as the local socket, Vert.x as localhost: over TCP, localhost
            }
            List<String> hosts = new ArrayList<>();
            for (String host : list.split(",", -1)) {
                int portColon = host.startsWith("[") ? host.indexOf(':', Math.max(host.indexOf(']'), 0))
                        : host.lastIndexOf(':');
                String name = portColon < 0 ? host : host.substring(0, portColon);
                String port = portColon < 0 ? "" : host.substring(portColon + 1);
                if (name.isEmpty() || name.startsWith("%2F") || name.startsWith("%2f")) {
                    throw problem(name.isEmpty() ? "has an empty host in its list of hosts; write each host's name"
                            : "names a Unix-domain socket's folder as its host; the JDBC driver connects over TCP"
                            + " only: write the host name (localhost) instead");
                }
                if (!port.isEmpty() && !validPort(port)) {
                    throw problem("has a port that is not a number from 1 to " + MAX_PORT + " (a / in a password"
                            + " is written %2F)");
                }
                hosts.add(port.isEmpty() ? name : name + ":" + port);
            }
            return String.join(",", hosts);
        }

        String jdbcQuery(String query) {
            List<String> parameters = new ArrayList<>();
            for (String parameter : query.split("&")) {
                if (parameter.isEmpty()) {
                    continue;
                }
                int equals = parameter.indexOf('=');
                if (equals <= 0) {
                    throw problem("has a parameter without a name and a value (name=value); write each as"
                            + " name=value, joined by &");
                }
                String name = parameter.substring(0, equals);
                String value = parameter.substring(equals + 1);
                if (FOLDED.contains(name)) {
                    fold(name, value);
                } else if (RENAMED.containsKey(name)) {
                    parameters.add(RENAMED.get(name) + "=" + plusKept(value));
                } else if (SAME.contains(name)) {
                    parameters.add(name + "=" + plusKept(value));
                } else {
                    // a parameter's name is shown only when it is a word: text after a mistyped ? could be a password
                    String shown = name.matches("[A-Za-z_]{1,40}") ? "the parameter '" + name + "'" : "a parameter";
                    throw problem("has " + shown + ", which ws-migrate does not pass to the JDBC driver (it knows "
                            + String.join(", ", known()) + "); set the driver's own property under"
                            + " database.properties, or write a jdbc:postgresql:// URL");
                }
            }
            return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        }

        /** A later value wins, as in libpq: a parameter over the user-info. */
        private void fold(String name, String value) {
            switch (name) {
                case "user" -> user = decoded(value, "user parameter");
                case "password" -> password = decoded(value, "password parameter");
                default -> {
                    if (!value.matches("[0-9]{1,9}")) {
                        throw problem("has a connect_timeout that is not a whole number of seconds");
                    }
                    connectTimeout = Duration.ofSeconds(Long.parseLong(value));
                }
            }
        }

        /** {@code text} with its %-escapes decoded as UTF-8; {@code +} stays a plus, as in a URI. */
        String decoded(String text, String what) {
            if (text.indexOf('%') < 0) {
                return text;
            }
            ByteBuffer bytes = ByteBuffer.allocate(text.getBytes(StandardCharsets.UTF_8).length);
            for (int i = 0; i < text.length(); i++) {
                int c = text.codePointAt(i);
                if (c != '%') {
                    bytes.put(Character.toString(c).getBytes(StandardCharsets.UTF_8));
                    i += Character.charCount(c) - 1;
                    continue;
                }
                int high = i + 2 < text.length() ? hexDigit(text.charAt(i + 1)) : -1;
                int low = high < 0 ? -1 : hexDigit(text.charAt(i + 2));
                if (low < 0) {
                    throw problem("has a % in its " + what + " that is not followed by two hex digits; write a % as"
                            + " %25");
                }
                if (high == 0 && low == 0) {
                    throw problem("has %00 in its " + what + ", which a connection cannot carry");
                }
                bytes.put((byte) (high * 16 + low));
                i += 2;
            }
            bytes.flip();
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
            } catch (CharacterCodingException e) {
                throw problem("has %-escapes in its " + what + " that are not UTF-8");
            }
        }

        ConfigException problem(String what) {
            return ConfigException.at(origin, keyPath, what);
        }

        private static boolean validPort(String port) {
            return port.length() <= 5 && port.chars().allMatch(c -> c >= '0' && c <= '9')
                    && Integer.parseInt(port) >= 1 && Integer.parseInt(port) <= MAX_PORT;
        }

        private static int hexDigit(char c) {
            return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        }

        private static List<String> known() {
            List<String> names = new ArrayList<>(SAME);
            names.addAll(RENAMED.keySet());
            names.addAll(FOLDED);
            names.sort(null);
            return names;
        }
    }
}
