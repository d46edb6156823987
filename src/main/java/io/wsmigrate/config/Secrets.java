package io.wsmigrate.config;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every secret the settings can carry, and the one place that hides them in text: the database
 * password, {@code password}-like parameters of the JDBC URL and of {@code database.properties}
 * (raw and %-decoded), a password in the URL's user-info, and credentials from the environment
 * ({@code PGPASSWORD}, {@code LIQUIBASE_*} passwords, keys and tokens). Each secret is replaced by
 * {@code ****} by its exact value, so a password containing {@code ;}, spaces or {@code &} is
 * hidden whole. Short values would match unrelated words, so the rule depends on the length:
 * <ul>
 *   <li>16 characters or more: wherever the value appears (no word is that long by chance);</li>
 *   <li>4 to 15: where it stands alone, not inside a longer run of letters and digits, so that
 *       a password {@code postgres} does not turn {@code postgresql} into {@code ****ql};</li>
 *   <li>1 to 3: only where it stands as a credential's value ({@code password=pw},
 *       {@code password: pw}, {@code //user:pw@host}).</li>
 * </ul>
 * Whatever the length, a {@code password=} or {@code sslpassword=} parameter is hidden up to the
 * next {@code &}. The secrets of every settings file loaded in this process are remembered
 * ({@link #remember}), so that log lines, errors and child processes are masked with all of them.
 */
public final class Secrets {
    public static final String MASK = "****";
    private static final int ANYWHERE = 16;
    private static final int STANDING_ALONE = 4;
    /** Names of URL parameters, properties and variables whose values are credentials. */
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i).*(password|passwd|passphrase|secret|token|credential|apikey|api_key|licen[cs]e_key|private_key).*");
    private static final Pattern PARAMETER = Pattern.compile(
            "(?i)((?:ssl)?pass(?:word|phrase)=)([^&\\s\"']+)");
    private static final Pattern USERINFO = Pattern.compile("(//[^/?#@\\s:]*:)([^@/?#\\s]*)@");
    private static volatile Secrets remembered = new Secrets(List.of());

    private final List<String> values;
    /** For each value, the pattern that finds it where it is masked (unused for the long ones). */
    private final List<Pattern> patterns;

    private Secrets(List<String> values) {
        this.values = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.patterns = this.values.stream().map(Secrets::patternFor).toList();
    }

    /** Exactly these values. */
    public static Secrets of(java.util.Collection<String> values) {
        Set<String> found = new LinkedHashSet<>();
        values.forEach(value -> add(found, value));
        return new Secrets(List.copyOf(found));
    }

    /** The secrets of the database settings and of the environment. */
    public static Secrets of(DatabaseSettings database, Map<String, String> environment) {
        Set<String> found = new LinkedHashSet<>();
        add(found, database.password());
        database.properties().forEach((name, value) -> {
            if (CREDENTIAL_NAME.matcher(name).matches()) {
                add(found, value);
            }
        });
        fromUrl(found, database.url());
        found.addAll(ofEnvironment(environment).values);
        return new Secrets(List.copyOf(found));
    }

    /** Credentials among the variables: PG..., LIQUIBASE_..., WS_MIGRATE_..., SPRING_... and QUARKUS_... passwords, keys and tokens, and URLs' passwords. */
    public static Secrets ofEnvironment(Map<String, String> environment) {
        Set<String> found = new LinkedHashSet<>();
        environment.forEach((name, value) -> {
            String upper = name.toUpperCase(Locale.ROOT);
            // SPRING_..., QUARKUS_... and Quarkus's profiled _PROD_QUARKUS_... set the frameworks' settings files
            boolean ours = upper.startsWith("LIQUIBASE") || upper.startsWith("PG") || upper.startsWith("WS_MIGRATE")
                    || upper.startsWith("SPRING_") || upper.startsWith("QUARKUS_") || upper.startsWith("_");
            if (ours && CREDENTIAL_NAME.matcher(upper).matches()) {
                add(found, value);
            }
            if (ours && value != null && value.startsWith("jdbc:")) {
                fromUrl(found, value);
            }
        });
        return new Secrets(List.copyOf(found));
    }

    /** The secrets found in a JDBC URL: password-like parameters and a user-info password. */
    static void fromUrl(Set<String> found, String url) {
        if (url == null) {
            return;
        }
        Matcher userinfo = USERINFO.matcher(url);
        if (userinfo.find()) {
            addRawAndDecoded(found, userinfo.group(2));
        }
        int query = url.indexOf('?');
        if (query < 0) {
            return;
        }
        for (String parameter : url.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && CREDENTIAL_NAME.matcher(parameter.substring(0, equals)).matches()) {
                addRawAndDecoded(found, parameter.substring(equals + 1));
            }
        }
    }

    private static void addRawAndDecoded(Set<String> found, String raw) {
        add(found, raw);
        try {
            add(found, URLDecoder.decode(raw, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException malformed) {
            // a broken %-escape: the raw text is what any message would show
        }
    }

    private static void add(Set<String> found, String value) {
        if (value != null && !value.isEmpty() && !value.equals(MASK)) {
            found.add(value);
        }
    }

    /** Adds these secrets to the ones every later {@link #maskRemembered} call hides. */
    public static synchronized void remember(Secrets secrets) {
        List<String> all = new ArrayList<>(remembered.values);
        all.addAll(secrets.values);
        remembered = new Secrets(all);
    }

    /** All secrets of the settings loaded in this process so far. */
    public static Secrets remembered() {
        return remembered;
    }

    /** {@code text} with every remembered secret replaced by {@code ****}. */
    public static String maskRemembered(String text) {
        return remembered.mask(text);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether {@code text} holds one of these secrets exactly, wherever it stands. */
    public boolean appearsIn(String text) {
        return text != null && values.stream().anyMatch(text::contains);
    }

    /** {@code text} with these secrets replaced by {@code ****}, by the rules above. */
    public String mask(String text) {
        if (text == null || text.isEmpty() || !mayHoldSecret(text)) {
            return text;
        }
        String masked = text;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value.length() >= ANYWHERE) {
                masked = masked.replace(value, MASK);
            } else if (masked.contains(value)) {
                masked = patterns.get(i).matcher(masked).replaceAll(m -> Matcher.quoteReplacement(prefix(m) + MASK));
            }
        }
        masked = PARAMETER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return USERINFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }

    /** Cheap test first: most text (a long --sql script) holds no secret and no password parameter. */
    private boolean mayHoldSecret(String text) {
        return text.indexOf('@') >= 0 || containsIgnoreCase(text, "pass") || values.stream().anyMatch(text::contains);
    }

    private static boolean containsIgnoreCase(String text, String part) {
        for (int i = 0; i + part.length() <= text.length(); i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The pattern that finds {@code value} where the rules mask it: standing alone; or, when short,
     * as a password's value ({@code password=pw}, {@code password: pw}) or a user-info password
     * ({@code :pw@}). What its groups caught before the value is kept.
     */
    private static Pattern patternFor(String value) {
        String quoted = Pattern.quote(value);
        if (value.length() >= STANDING_ALONE) {
            return Pattern.compile("(?<![\\p{L}\\p{N}])" + quoted + "(?![\\p{L}\\p{N}])");
        }
        return Pattern.compile("(?i)((?:ssl)?pass(?:word|phrase)\\s*[=:]\\s*[\"']?)" + quoted
                + "(?=$|[&;\\s\"',)])|(:)" + quoted + "(?=@)");
    }

    private static String prefix(java.util.regex.MatchResult m) {
        StringBuilder kept = new StringBuilder();
        for (int group = 1; group <= m.groupCount(); group++) {
            if (m.group(group) != null) {
                kept.append(m.group(group));
            }
        }
        return kept.toString();
    }

    @Override
    public String toString() {
        return "Secrets[" + values.size() + " values]";
    }
}
