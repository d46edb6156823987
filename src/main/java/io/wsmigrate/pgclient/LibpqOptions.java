package io.wsmigrate.pgclient;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/**
 * JDBC connection properties that libpq has an equivalent for, as its environment variables.
 * Values are translated where the two spell them differently; a property without an equivalent
 * (or with a value libpq has no word for) is left out rather than guessed.
 */
final class LibpqOptions {
    private static final Map<String, String> SAME_VALUES = Map.of(
            "sslmode", "PGSSLMODE",
            "sslcert", "PGSSLCERT",
            "sslkey", "PGSSLKEY",
            "sslrootcert", "PGSSLROOTCERT",
            "gssEncMode", "PGGSSENCMODE",
            "channelBinding", "PGCHANNELBINDING",
            "sslNegotiation", "PGSSLNEGOTIATION");
    private static final Set<String> TRANSLATED = Set.of("options", "currentSchema", "targetServerType",
            "loadBalanceHosts");
    private static final Map<String, String> SESSION_ATTRS = Map.of(
            "any", "any", "primary", "primary", "master", "primary",
            "secondary", "standby", "slave", "standby",
            "prefersecondary", "prefer-standby", "preferslave", "prefer-standby");

    private LibpqOptions() {
    }

    static boolean translates(String jdbcProperty) {
        return SAME_VALUES.containsKey(jdbcProperty) || TRANSLATED.contains(jdbcProperty);
    }

    static Map<String, String> translate(Properties jdbc) {
        Map<String, String> variables = new LinkedHashMap<>();
        SAME_VALUES.forEach((property, variable) -> {
            String value = jdbc.getProperty(property);
            if (value != null && !value.isBlank()) {
                variables.put(variable, value);
            }
        });
        sslModeFromSslFlag(jdbc).ifPresent(mode -> variables.putIfAbsent("PGSSLMODE", mode));
        String options = options(jdbc);
        if (!options.isEmpty()) {
            variables.put("PGOPTIONS", options);
        }
        String target = jdbc.getProperty("targetServerType");
        if (target != null && SESSION_ATTRS.containsKey(target.toLowerCase(Locale.ROOT))) {
            variables.put("PGTARGETSESSIONATTRS", SESSION_ATTRS.get(target.toLowerCase(Locale.ROOT)));
        }
        if (Boolean.parseBoolean(jdbc.getProperty("loadBalanceHosts"))) {
            variables.put("PGLOADBALANCEHOSTS", "random");
        }
        return variables;
    }

    /** The driver reads {@code ssl=true} (or a bare {@code ssl}) without {@code sslmode} as verify-full. */
    private static Optional<String> sslModeFromSslFlag(Properties jdbc) {
        String ssl = jdbc.getProperty("ssl");
        boolean on = ssl != null && (ssl.isEmpty() || Boolean.parseBoolean(ssl));
        return on ? Optional.of("verify-full") : Optional.empty();
    }

    /** {@code options} as given, plus {@code currentSchema} as the search_path it stands for. */
    private static String options(Properties jdbc) {
        StringBuilder options = new StringBuilder();
        String given = jdbc.getProperty("options");
        if (given != null && !given.isBlank()) {
            options.append(given.strip());
        }
        String schema = jdbc.getProperty("currentSchema");
        if (schema != null && !schema.isBlank()) {
            if (options.length() > 0) {
                options.append(' ');
            }
            // PGOPTIONS splits on spaces; a backslash keeps one inside a value.
            options.append("-c search_path=").append(schema.strip().replace("\\", "\\\\").replace(" ", "\\ "));
        }
        return options.toString();
    }
}
