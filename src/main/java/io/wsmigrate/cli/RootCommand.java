package io.wsmigrate.cli;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.Project;
import io.wsmigrate.config.LoggingConfigurer;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/** {@code ws-migrate}: the global options, shared by every subcommand, and the settings they load. */
@Command(name = "ws-migrate", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = "Alembic-style schema migrations for JPA/Hibernate projects on PostgreSQL.")
final class RootCommand implements Runnable {
    /** The subcommands, in the order help lists them; {@link CommandLines} adds them. */
    static final List<Class<?>> SUBCOMMANDS = List.of(InitCommand.class, RevisionCommand.class,
            MergeCommand.class, UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, CurrentCommand.class,
            HeadsCommand.class, BranchesCommand.class, HistoryCommand.class, ShowCommand.class, CheckCommand.class,
            CreateTableCommand.class, SyncDbCommand.class, DbInfoCommand.class, DbShellCommand.class,
            DumpDbCommand.class, LockCommand.class, LintCommand.class, picocli.AutoComplete.GenerateCompletion.class);

    static final String DEFAULT_CONFIG = "config/development.yaml";

    private final Terminal terminal;
    private final Prefetch prefetch;
    private Settings settings;

    @Spec
    CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", scope = ScopeType.INHERIT,
            description = "The application's settings file (default: $WS_MIGRATE_CONFIG, else " + DEFAULT_CONFIG + ").")
    Path config;

    @Option(names = "--profile", paramLabel = "NAME[,NAME...]", scope = ScopeType.INHERIT,
            description = "The Spring Boot or Quarkus profiles of the settings file (default: SPRING_PROFILES_ACTIVE or"
                    + " QUARKUS_PROFILE, else what the file names).")
    String profile;

    @Option(names = {"-v", "--verbose"}, scope = ScopeType.INHERIT,
            description = "More output: full revisions in history/current/heads, debug logging, stack traces with errors.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT, description = "Only errors and results.")
    boolean quiet;

    RootCommand(Terminal terminal, Prefetch prefetch) {
        this.terminal = terminal;
        this.prefetch = prefetch;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing a command; see `ws-migrate --help`.");
    }

    Terminal terminal() {
        return terminal;
    }

    boolean verbose() {
        return verbose;
    }

    boolean quiet() {
        return quiet;
    }

    Path configFile() {
        return configFile(config, terminal.environment());
    }

    /** The settings file: {@code -c}, else {@code $WS_MIGRATE_CONFIG}, else the default. */
    static Path configFile(Path option, Map<String, String> environment) {
        if (option != null) {
            return option;
        }
        String fromEnvironment = environment.get("WS_MIGRATE_CONFIG");
        return Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? DEFAULT_CONFIG : fromEnvironment);
    }

    /** Loads the settings once and configures logging from them before any work starts. */
    Settings settings() {
        if (settings == null) {
            settings = new SettingsLoader().loadDeferringDatabase(configFile(), terminal.environment(),
                    RootCommand.class.getClassLoader(), profile);
            LoggingConfigurer.apply(settings.logging(), verbose, quiet);
            LoggingConfigurer.logNotes(settings);
        }
        return settings;
    }

    /** The project of the settings file, the one {@link Prefetch} prepared if it was for this file. */
    Project openProject() {
        Optional<Project> prepared = settings == null ? prefetch.take(configFile(), profile) : Optional.empty();
        if (prepared.isPresent()) {
            settings = prepared.get().settings();
            try {
                LoggingConfigurer.apply(settings.logging(), verbose, quiet);
                LoggingConfigurer.logNotes(settings);
            } catch (RuntimeException e) {
                prepared.get().close(); // its connection may be open already
                throw e;
            }
            return prepared.get();
        }
        return new Project(settings(), terminal.environment(), Clock.systemUTC());
    }

    /** The password from the settings, if loaded, so error output can mask it. */
    String knownPassword() {
        return settings == null ? null : settings.readableDatabase().map(DatabaseSettings::password).orElse(null);
    }

    static WsMigrateException usage(String message) {
        return new WsMigrateException(ExitCode.USAGE, message);
    }
}
