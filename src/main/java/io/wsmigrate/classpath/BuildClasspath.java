package io.wsmigrate.classpath;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The classpath the project's own build gives ({@code classpath: maven} or {@code gradle}), asked
 * once and remembered in the cache folder until a build file changes or a jar it named is gone:
 * asking Maven takes seconds, reading the answer back a millisecond.
 */
public final class BuildClasspath {
    private static final String KEY_PREFIX = "# build files ";
    private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-9;]*m");
    private static final int MAX_REASON = 300;

    private BuildClasspath() {
    }

    /**
     * The entries {@code tool} ({@code maven} or {@code gradle}) gives for the project in
     * {@code projectDir}, the project's classes folder first; {@code cacheFolder} must exist.
     */
    public static List<Path> of(String tool, Path projectDir, Path cacheFolder) {
        requireAskable(tool, projectDir);
        BuildTool build = BuildTool.named(tool);
        Path cached = cacheFolder.resolve("classpath-" + tool + ".txt");
        String key = KEY_PREFIX + key(build, projectDir);
        List<Path> remembered = remembered(cached, key);
        if (remembered != null) {
            return remembered;
        }
        List<Path> entries = ask(build, projectDir, cacheFolder);
        remember(cached, key, entries);
        return entries;
    }

    /** Refuses a project that cannot be asked (no pom, no wrapper) before anything is written. */
    public static void requireAskable(String tool, Path projectDir) {
        String whyNot = BuildTool.named(tool).whyNotAsked(projectDir);
        if (whyNot != null) {
            throw new WsMigrateException(ExitCode.CONFIG, whyNot);
        }
    }

    /** The cached answer, or null when there is none, it was for other build files, or a jar it names is gone. */
    private static List<Path> remembered(Path cached, String key) {
        try {
            if (!Files.isRegularFile(cached)) {
                return null;
            }
            List<String> lines = Files.readAllLines(cached, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(key)) {
                return null;
            }
            List<Path> entries = lines.subList(1, lines.size()).stream().map(Path::of).toList();
            boolean jarsThere = entries.stream().allMatch(entry -> !ClasspathEntries.isJar(entry) || Files.exists(entry));
            return jarsThere ? entries : null;
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or garbled: ask again
        }
    }

    private static void remember(Path cached, String key, List<Path> entries) {
        List<String> lines = new ArrayList<>();
        lines.add(key);
        entries.forEach(entry -> lines.add(entry.toString()));
        try {
            Path temporary = Files.createTempFile(cached.getParent(), "classpath-", ".tmp");
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // not remembered: the next run asks again
        }
    }

    private static List<Path> ask(BuildTool build, Path projectDir, Path cacheFolder) {
        Path answer = null;
        Path output = null;
        try {
            answer = Files.createTempFile(cacheFolder, "build-answer-", ".txt");
            output = Files.createTempFile(cacheFolder, "build-output-", ".txt");
            List<String> command = build.command(projectDir, answer, cacheFolder);
            int exit = run(build, command, projectDir, output);
            if (exit != 0) {
                throw new WsMigrateException(ExitCode.TOOL, build.displayName() + " could not tell the classpath of "
                        + projectDir + " (exit code " + exit + "): " + reason(output) + "; fix the build (run "
                        + String.join(" ", command.subList(0, 1)) + " there to see the whole output) or list the"
                        + " classpath entries in migrations.classpath");
            }
            return build.read(projectDir, answer);
        } catch (IOException e) {
            throw new WsMigrateException(ExitCode.TOOL, "cannot ask " + build.displayName() + " for the classpath of "
                    + projectDir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(answer);
            deleteQuietly(output);
        }
    }

    private static int run(BuildTool build, List<String> command, Path projectDir, Path output) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).directory(projectDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            process.getOutputStream().close(); // nothing to read: a prompt ends at once
        } catch (IOException e) {
            throw new WsMigrateException(ExitCode.TOOL, "classpath: " + build.displayName().toLowerCase(Locale.ROOT)
                    + " needs " + build.displayName() + ", but " + build.program(projectDir) + " cannot be started ("
                    + e.getMessage() + "); install it, or list the classpath entries in migrations.classpath", e);
        }
        try {
            return process.waitFor();
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new WsMigrateException(ExitCode.INTERRUPTED, "stopped while " + build.displayName()
                    + " was asked for the classpath", e);
        }
    }

    /** The build's first error line, without colours, cut short: what a user needs to recognize the problem. */
    private static String reason(Path output) throws IOException {
        List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .map(line -> ANSI.matcher(line).replaceAll("").strip()).filter(line -> !line.isEmpty()).toList();
        String first = lines.stream().filter(line -> line.startsWith("[ERROR]") || line.startsWith("FAILURE")
                        || line.startsWith("> ") || line.startsWith("ERROR")).findFirst()
                .orElse(lines.isEmpty() ? "no output" : lines.get(lines.size() - 1));
        String text = first.replaceFirst("^\\[ERROR\\]\\s*", "");
        return text.length() <= MAX_REASON ? text : text.substring(0, MAX_REASON) + "...";
    }

    /** What decides the answer: each build file's name and content, and the command's shape. */
    private static String key(BuildTool build, Path projectDir) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(build.getClass().getName().getBytes(StandardCharsets.UTF_8));
            for (Path file : build.buildFiles(projectDir)) {
                digest.update(file.toString().getBytes(StandardCharsets.UTF_8));
                digest.update(Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[] {0});
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new WsMigrateException(ExitCode.CONFIG, "cannot read the build files of " + projectDir + ": "
                    + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a temporary file in the cache folder: harmless
            }
        }
    }
}
