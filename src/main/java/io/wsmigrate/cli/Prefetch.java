package io.wsmigrate.cli;

import io.wsmigrate.command.Project;
import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import io.wsmigrate.speed.Overlapped;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The first work of a command that reads the revision graph, started on the second core while
 * picocli parses the command line (a tenth of a second): loading the settings, reading the
 * scripts folder's headers, and for a command that goes on to the database, connecting to a
 * server. What to prepare comes from {@link ArgvPeek}; the command takes the prepared project only
 * if picocli's parse names the same settings file and profile; otherwise, or when preparing failed,
 * it does the work itself, so its errors come out exactly as without a prefetch. Nothing here
 * writes anything.
 */
final class Prefetch implements AutoCloseable {
    /** Subcommands whose first work is the revision graph. */
    static final Set<String> READ_REVISIONS = Set.of("upgrade", "downgrade", "stamp", "current", "heads",
            "branches", "history", "show", "check", "merge", "lint", "revision");
    /** Of those, the ones that connect next, unless run offline ({@code --sql}). */
    static final Set<String> CONNECT = Set.of("upgrade", "downgrade", "stamp", "current");
    /**
     * Of those, the ones that compare the entities with the configured database (revision only
     * with {@code --autogenerate}), and so connect next unless another side is named.
     */
    static final Set<String> COMPARE = Set.of("check", "revision");
    /** Options that compare with another side than the configured database: a scratch database or a target. */
    private static final List<String> OTHER_SIDE = List.of("--against", "--target");
    private static final Set<String> NO_WORK_OPTIONS = Set.of("-h", "--help", "-V", "--version");
    private static final Prefetch NONE = new Prefetch(null, null, null);

    private final Path configFile;
    private final String profile;
    private final Overlapped<Project> work;
    private boolean taken;

    private Prefetch(Path configFile, String profile, Overlapped<Project> work) {
        this.configFile = configFile;
        this.profile = profile;
        this.work = work;
    }

    static Prefetch none() {
        return NONE;
    }

    /** Starts preparing what the command in {@code args} will need first, if it is worth it. */
    static Prefetch start(String[] args, Map<String, String> environment) {
        Optional<ArgvPeek> peek = ArgvPeek.of(args);
        List<String> words = List.of(args);
        if (peek.isEmpty() || !READ_REVISIONS.contains(peek.get().subcommand())
                || words.stream().anyMatch(NO_WORK_OPTIONS::contains)) {
            return NONE;
        }
        Path configFile;
        try {
            configFile = RootCommand.configFile(peek.get().config(), environment);
        } catch (IllegalArgumentException e) {
            return NONE; // a path picocli reports as invalid
        }
        String profile = peek.get().profile();
        String subcommand = peek.get().subcommand();
        boolean connect = connects(subcommand, words);
        // a comparison in a project with a targets section is with a target, on a connection of its own
        boolean unlessTargets = COMPARE.contains(subcommand);
        return new Prefetch(configFile, profile, Overlapped.start("ws-migrate-prefetch",
                () -> prepare(configFile, profile, environment, connect, unlessTargets)));
    }

    /**
     * Whether {@code subcommand} goes on to the configured database. A wrong guess either way costs
     * only time: a connection nobody takes is closed, and one not opened ahead is opened when needed.
     */
    static boolean connects(String subcommand, List<String> words) {
        if (CONNECT.contains(subcommand)) {
            return !words.contains("--sql");
        }
        boolean compares = subcommand.equals("check") || words.contains("--autogenerate");
        return COMPARE.contains(subcommand) && compares
                && words.stream().noneMatch(word -> OTHER_SIDE.stream().anyMatch(word::startsWith));
    }

    /**
     * The project prepared from {@code file}, or empty when none was, it was for another file, or
     * preparing it failed. Waits for the preparation to end.
     */
    Optional<Project> take(Path file) {
        return take(file, null);
    }

    /** The same, for a command line with {@code --profile}: the prefetch must have read the same profile. */
    Optional<Project> take(Path file, String commandProfile) {
        if (work == null || !file.equals(configFile) || !java.util.Objects.equals(commandProfile, profile)) {
            return Optional.empty();
        }
        try {
            Project project = work.join();
            taken = true;
            return Optional.of(project);
        } catch (RuntimeException e) {
            return Optional.empty(); // the command loads the settings itself and reports this
        }
    }

    /**
     * Closes a project the command did not take, now or, when it is still being prepared (a
     * server slow to answer), as soon as it is ready: a usage error never waits for a connection.
     */
    @Override
    public void close() {
        if (work != null && !taken) {
            work.abandon(Prefetch::closeQuietly);
        }
    }

    private static Project prepare(Path configFile, String profile, Map<String, String> environment, boolean connect,
                                   boolean unlessTargets) {
        Settings settings = new SettingsLoader().loadDeferringDatabase(configFile, environment,
                Prefetch.class.getClassLoader(), profile);
        Project project = new Project(settings, environment, Clock.systemUTC());
        project.prepareAhead(connect && !(unlessTargets && !settings.targets().isEmpty()));
        return project;
    }

    private static void closeQuietly(Project project) {
        try {
            project.close();
        } catch (RuntimeException e) {
            // a connection nobody used: nothing to report
        }
    }
}
