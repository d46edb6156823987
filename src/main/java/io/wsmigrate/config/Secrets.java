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
 * ({@code PGPASSWORD}, {@code LIQUIBASE_*} passwords, keys and tokens). Each is replaced by
 * {@code ****} whole, whatever it contains ({@code ;}, spaces, {@code &}), where it stands
 * ({@link SecretPatterns}):
 * <ul>
 *   <li>16 characters or more: wherever the value appears (no text holds it by chance);</li>
 *   <li>4 to 15: as a word of its own, not inside a longer name: a password {@code postgres} does
 *       not turn {@code postgresql} into {@code ****ql}, nor {@code petclinic} the package
 *       {@code org.springframework.samples.petclinic} into {@code org.springframework.samples.****};</li>
 *   <li>1 to 3, and a value that is also the user name: only where it stands as a password
 *       ({@code password=pw}, {@code password: pw}, {@code //user:pw@host}). Elsewhere such a value
 *       is a word or the user's name, and masking it would tell the reader the password.</li>
 * </ul>
 * Whatever the length, a {@code password=} parameter and a user-info password are hidden even when
 * unknown. The secrets of the current run are remembered ({@link #beginRun}, {@link #remember}),
 * so that log lines, errors and child processes are masked with all of them.
 */
public final class Secrets {
    public static final String MASK = "****";
    private static final int ANYWHERE = 16;
    private static final int STANDING_ALONE = 4;
    /** Names of URL parameters, properties and variables whose values are credentials. */
    private static final Pattern CREDENTIAL_NAME = Pattern.compile(
            "(?i).*(password|passwd|passphrase|secret|token|credential|apikey|api_key|licen[cs]e_key|private_key).*");
    private static final Pattern URL_USER = Pattern.compile("[?&]user=([^&]+)");
    private static volatile Secrets remembered = new Secrets(List.of(), Set.of());

    private final List<String> values;
    /** Names that are no secret (the user's); a value equal to one is masked only where it stands as a password. */
    private final Set<String> names;
    /** For each value, the patterns that find it where it is masked (none for the long ones). */
    private final List<List<Pattern>> patterns;

    private Secrets(List<String> values, Set<String> names) {
        this.values = values.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.names = Set.copyOf(names);
        this.patterns = this.values.stream().map(this::patternsFor).toList();
    }

    /** Exactly these values. */
    public static Secrets of(java.util.Collection<String> values) {
        Set<String> found = new LinkedHashSet<>();
        values.forEach(value -> add(found, value));
        return new Secrets(List.copyOf(found), Set.of());
    }

    /** The secrets of the database settings and of the environment. */
    public static Secrets of(DatabaseSettings database, Map<String, String> environment) {
        Set<String> found = database(database.password(), database.properties(), database.url());
        found.addAll(ofEnvironment(environment).values);
        return new Secrets(List.copyOf(found), userNames(database));
    }

    /** The secrets written in a database section that could not be read as a whole; any value may be null. */
    static Secrets ofWritten(java.util.Collection<String> passwords, Map<String, String> properties, String url,
                             String user) {
        Set<String> found = database(null, properties, url);
        passwords.forEach(password -> add(found, password));
        Set<String> users = new LinkedHashSet<>();
        add(users, user);
        return new Secrets(List.copyOf(found), users);
    }

    private static Set<String> database(String password, Map<String, String> properties, String url) {
        Set<String> found = new LinkedHashSet<>();
        add(found, password);
        properties.forEach((name, value) -> {
            if (value != null && CREDENTIAL_NAME.matcher(name).matches()) {
                add(found, value);
            }
        });
        fromUrl(found, url);
        return found;
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
        return new Secrets(List.copyOf(found), Set.of());
    }

    /** The user names of the connection: {@code database.user} and a {@code user=} parameter of the URL. */
    private static Set<String> userNames(DatabaseSettings database) {
        Set<String> users = new LinkedHashSet<>();
        add(users, database.user());
        if (database.url() != null) {
            Matcher parameter = URL_USER.matcher(database.url());
            while (parameter.find()) {
                addRawAndDecoded(users, parameter.group(1));
            }
        }
        return users;
    }

    /** The secrets found in a JDBC URL: password-like parameters and a user-info password. */
    static void fromUrl(Set<String> found, String url) {
        if (url == null) {
            return;
        }
        Matcher userinfo = SecretPatterns.USERINFO.matcher(url);
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

    /**
     * Starts a run of the command line: forgets the secrets of earlier runs in this JVM (an earlier
     * test's password must not mask this run's output) and starts with the environment's. Called
     * by the entry point before anything is printed or logged; the secrets stay until the next run
     * begins, so what is logged after the command has returned is masked too.
     */
    public static synchronized void beginRun(Map<String, String> environment) {
        remembered = ofEnvironment(environment);
    }

    /** Adds these secrets to the ones every later {@link #maskRemembered} call of this run hides. */
    public static synchronized void remember(Secrets secrets) {
        List<String> all = new ArrayList<>(remembered.values);
        all.addAll(secrets.values);
        Set<String> names = new LinkedHashSet<>(remembered.names);
        names.addAll(secrets.names);
        remembered = new Secrets(all, names);
    }

    /** All secrets of the settings loaded in this run so far. */
    public static Secrets remembered() {
        return remembered;
    }

    /** {@code text} with every remembered secret replaced by {@code ****}. */
    public static String maskRemembered(String text) {
        return remembered.mask(text);
    }

    /** These secrets and {@code value} (none if null), which the same user names leave unmasked where they stand alone. */
    public Secrets and(String value) {
        if (value == null || value.isEmpty() || values.contains(value)) {
            return this;
        }
        List<String> all = new ArrayList<>(values);
        all.add(value);
        return new Secrets(all, names);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** Whether {@code text} holds one of these secrets exactly, wherever it stands. */
    public boolean appearsIn(String text) {
        return text != null && values.stream().anyMatch(text::contains);
    }

    /** Whether {@code text} is exactly one of these secrets. */
    public boolean isSecret(String text) {
        return values.contains(text);
    }

    /** {@code text} with these secrets replaced by {@code ****}, by the rules above. */
    public String mask(String text) {
        if (text == null || text.isEmpty() || !mayHoldSecret(text)) {
            return text;
        }
        String masked = text;
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (patterns.get(i).isEmpty()) {
                masked = masked.replace(value, MASK);
            } else if (masked.contains(value)) {
                for (Pattern pattern : patterns.get(i)) {
                    masked = pattern.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(SecretPatterns.prefix(m) + MASK));
                }
            }
        }
        masked = SecretPatterns.PARAMETER.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK));
        return SecretPatterns.USERINFO.matcher(masked).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + MASK + "@"));
    }

    /**
     * Cheap test first: most text (a long --sql script, a run's progress lines) holds no secret and no
     * password parameter. Plain loops and {@code indexOf}: it runs on every line printed, mostly
     * before the JIT has compiled anything.
     */
    private boolean mayHoldSecret(String text) {
        if (text.indexOf('@') >= 0 || containsIgnoreCase(text, "pass")) {
            return true;
        }
        for (int i = 0; i < values.size(); i++) {
            if (text.contains(values.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Only where the first letter stands, in either case, can {@code part} start ({@code part} is ASCII). */
    private static boolean containsIgnoreCase(String text, String part) {
        char first = part.charAt(0);
        return startsSomewhere(text, part, Character.toLowerCase(first))
                || startsSomewhere(text, part, Character.toUpperCase(first));
    }

    private static boolean startsSomewhere(String text, String part, char first) {
        for (int i = text.indexOf(first); i >= 0 && i + part.length() <= text.length(); i = text.indexOf(first, i + 1)) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    /** The patterns that find {@code value} where the rules mask it; none: wherever it appears. */
    private List<Pattern> patternsFor(String value) {
        if (names.contains(value) || value.length() < STANDING_ALONE) {
            return List.of(SecretPatterns.asPassword(value));
        }
        if (value.length() >= ANYWHERE) {
            return List.of();
        }
        return List.of(SecretPatterns.word(value), SecretPatterns.asPassword(value));
    }

    @Override
    public String toString() {
        return "Secrets[" + values.size() + " values]";
    }
}
