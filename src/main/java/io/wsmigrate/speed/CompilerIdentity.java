package io.wsmigrate.speed;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Everything besides a revision file's text that the SQL compiled from it depends on: the
 * ws-migrate build (its code decides how entries become Liquibase changes), the Liquibase build
 * and the jars beside it, the settings Liquibase reads by itself ({@code LIQUIBASE_*} variables,
 * {@code liquibase.*} system properties, credentials aside) and the default locale. Compiled steps are remembered under it, so SQL from
 * another build is never used. {@code value} is a SHA-256 in hex, safe in a file name.
 */
public record CompilerIdentity(String value) {
    /** A class of Liquibase, found as a resource so that asking for it does not load Liquibase. */
    private static final String LIQUIBASE_CLASS_FILE = "liquibase/change/ChangeFactory.class";
    private static final Pattern CREDENTIAL = Pattern.compile(
            "(?i)password|secret|token|key|credential|user|url|license");

    public CompilerIdentity {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("a compiler identity is a SHA-256 in hex: " + value);
        }
    }

    /** The identity described by {@code description}, e.g. a test's name for a build it pretends to be. */
    public static CompilerIdentity of(String description) {
        return new CompilerIdentity(sha256(description));
    }

    /**
     * The running build's identity, or empty when it cannot be told cheaply and for sure: classes
     * in a folder (tests, an IDE) change without a jar that would say so, so nothing is remembered.
     */
    public static Optional<CompilerIdentity> ofRunningBuild(Map<String, String> environment) {
        Optional<Path> wsMigrate = CodeLocations.of(CompilerIdentity.class).filter(Files::isRegularFile);
        Optional<Path> liquibase = CodeLocations.jarOf(CompilerIdentity.class.getClassLoader(), LIQUIBASE_CLASS_FILE)
                .filter(Files::isRegularFile);
        if (wsMigrate.isEmpty() || liquibase.isEmpty()) {
            return Optional.empty();
        }
        return ofJars(wsMigrate.get(), liquibase.get(), environment);
    }

    /** The identity of a build run from these jars; empty when one cannot be read. */
    static Optional<CompilerIdentity> ofJars(Path wsMigrate, Path liquibase, Map<String, String> environment) {
        try {
            StringBuilder description = new StringBuilder();
            description.append("ws-migrate ").append(describe(wsMigrate)).append('\n');
            description.append("liquibase ").append(describe(liquibase)).append('\n');
            if (!liquibase.equals(wsMigrate)) {
                description.append(describeNeighbours(liquibase));
            }
            description.append("locale ").append(Locale.getDefault().toLanguageTag()).append('\n');
            liquibaseSettings(environment).forEach((key, value) -> description.append(key).append('=')
                    .append(value).append('\n'));
            return Optional.of(of(description.toString()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A jar changes path, size or time with every build; a replaced one at least its time. */
    private static String describe(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        return jar.toAbsolutePath() + " " + attributes.size() + " " + attributes.lastModifiedTime().toMillis()
                + " " + attributes.fileKey();
    }

    /**
     * The other jars beside Liquibase's (its dependencies, a Liquibase extension dropped into
     * {@code lib/}): one more, one fewer or one replaced changes the identity too.
     */
    private static String describeNeighbours(Path liquibase) throws IOException {
        Path folder = liquibase.toAbsolutePath().getParent();
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            files.forEach(jars::add);
        }
        jars.sort(null);
        StringBuilder description = new StringBuilder();
        for (Path jar : jars) {
            description.append("lib ").append(describe(jar)).append('\n');
        }
        return description.toString();
    }

    /**
     * What Liquibase's own configuration providers would read, sorted so the order never matters.
     * Credentials are left out: they never change generated SQL, and a hash of a password in a
     * file name is a password one can guess offline.
     */
    private static Map<String, String> liquibaseSettings(Map<String, String> environment) {
        Map<String, String> settings = new TreeMap<>();
        environment.forEach((key, value) -> {
            if (key.toUpperCase(Locale.ROOT).startsWith("LIQUIBASE") && !isCredential(key)) {
                settings.put("env " + key, value);
            }
        });
        System.getProperties().forEach((key, value) -> {
            String name = String.valueOf(key);
            if (name.toLowerCase(Locale.ROOT).startsWith("liquibase") && !isCredential(name)) {
                settings.put("property " + key, String.valueOf(value));
            }
        });
        return settings;
    }

    private static boolean isCredential(String name) {
        return CREDENTIAL.matcher(name).find();
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
