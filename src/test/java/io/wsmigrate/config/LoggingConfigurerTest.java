package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import io.wsmigrate.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class LoggingConfigurerTest {
    @TempDir
    Path dir;

    @AfterEach
    void restoreQuietLogging() {
        LoggingConfigurer.apply(LoggingSettings.DEFAULT, false, false);
    }

    private static Logger logger(String name) {
        return (Logger) LoggerFactory.getLogger(name);
    }

    private static Logger root() {
        return logger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    @Test
    void rootAndPerLoggerLevelsComeFromTheSettings() {
        LoggingConfigurer.apply(new LoggingSettings("INFO", Map.of("org.hibernate", "WARN", "io.wsmigrate.db", "TRACE"),
                null), false, false);

        assertThat(root().getLevel()).isEqualTo(Level.INFO);
        assertThat(logger("org.hibernate").getLevel()).isEqualTo(Level.WARN);
        assertThat(logger("org.hibernate.SQL").getEffectiveLevel()).isEqualTo(Level.WARN);
        assertThat(logger("io.wsmigrate.db").getLevel()).isEqualTo(Level.TRACE);
        assertThat(logger("com.example").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void rootLogsToStderrWithTheShortPattern() {
        LoggingConfigurer.apply(LoggingSettings.DEFAULT, false, false);

        Appender<ILoggingEvent> appender = root().getAppender("STDERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        ConsoleAppender<ILoggingEvent> console = (ConsoleAppender<ILoggingEvent>) appender;
        assertThat(console.getTarget()).isEqualTo("System.err");
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo("%-5level %logger{20} - %msg%n");
        assertThat(root().getLevel()).isEqualTo(Level.WARN);
    }

    @Test
    void applyingAgainReplacesEarlierLevelsAndAppenders() {
        LoggingConfigurer.apply(new LoggingSettings("DEBUG", Map.of("org.hibernate", "TRACE"), null), false, false);

        LoggingConfigurer.apply(new LoggingSettings("ERROR", Map.of(), null), false, false);

        assertThat(root().getLevel()).isEqualTo(Level.ERROR);
        assertThat(logger("org.hibernate").getLevel()).isNull();
        assertThat(root().iteratorForAppenders()).toIterable().hasSize(1);
    }

    @Test
    void verboseTurnsTheToolsOwnLoggersToDebug() {
        LoggingConfigurer.apply(new LoggingSettings("WARN", Map.of("org.hibernate", "ERROR"), null), true, false);

        assertThat(logger("io.wsmigrate.runtime.Upgrade").getEffectiveLevel()).isEqualTo(Level.DEBUG);
        assertThat(root().getLevel()).isEqualTo(Level.WARN);
        assertThat(logger("org.hibernate").getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void quietLeavesOnlyErrorsEvenWhereSettingsAskForMore() {
        LoggingConfigurer.apply(new LoggingSettings("DEBUG", Map.of("org.hibernate", "INFO"), null), false, true);

        assertThat(root().getLevel()).isEqualTo(Level.ERROR);
        assertThat(logger("org.hibernate").getEffectiveLevel()).isEqualTo(Level.ERROR);
        assertThat(logger("io.wsmigrate").getEffectiveLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void logbackXmlNamedInTheSettingsReplacesTheProgrammaticSetup() {
        Path xml = write(dir.resolve("logback-dev.xml"),
                "<configuration>",
                "  <appender name='CUSTOM' class='ch.qos.logback.core.ConsoleAppender'>",
                "    <target>System.err</target>",
                "    <encoder><pattern>%msg%n</pattern></encoder>",
                "  </appender>",
                "  <logger name='org.hibernate' level='DEBUG'/>",
                "  <root level='INFO'><appender-ref ref='CUSTOM'/></root>",
                "</configuration>");

        LoggingConfigurer.apply(new LoggingSettings("ERROR", Map.of("org.hibernate", "ERROR"), xml), true, false);

        assertThat(root().getAppender("CUSTOM")).isNotNull();
        assertThat(root().getAppender("STDERR")).isNull();
        assertThat(root().getLevel()).isEqualTo(Level.INFO);
        assertThat(logger("org.hibernate").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(logger("io.wsmigrate").getLevel()).as("verbose still applies").isEqualTo(Level.DEBUG);
    }

    @Test
    void missingLogbackXmlIsAConfigErrorNamingTheFile() {
        Path missing = dir.resolve("nope.xml");

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> LoggingConfigurer.apply(new LoggingSettings("INFO", Map.of(), missing), false, false));

        assertThat(error.exitCode()).isEqualTo(ExitCode.CONFIG);
        assertThat(error.getMessage()).startsWith("logging.config names " + missing + ", which does not exist;");
    }

    @Test
    void malformedLogbackXmlIsAConfigErrorAndLeavesWorkingLogging() {
        Path xml = write(dir.resolve("broken.xml"), "<configuration>", "  <root level='INFO'>", "</configuration>");

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> LoggingConfigurer.apply(new LoggingSettings("INFO", Map.of(), xml), false, false));

        assertThat(error.getMessage()).startsWith("logging.config " + xml + " is not a valid Logback configuration:")
                .doesNotContain("\n");
        assertThat(root().getAppender("STDERR")).isNotNull();
    }

    @Test
    void logbackXmlWithAnUnknownAppenderClassIsAConfigError() {
        Path xml = write(dir.resolve("unknown.xml"), "<configuration>",
                "  <appender name='X' class='com.example.NoSuchAppender'/>",
                "  <root level='INFO'><appender-ref ref='X'/></root>", "</configuration>");

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> LoggingConfigurer.apply(new LoggingSettings("INFO", Map.of(), xml), false, false));

        assertThat(error.getMessage()).startsWith("logging.config " + xml + " is not a valid Logback configuration:");
    }

    @Test
    void invalidLevelGivenDirectlyIsAConfigError() {
        LoggingConfigurer.apply(LoggingSettings.DEFAULT, false, false);

        ConfigException error = catchThrowableOfType(ConfigException.class,
                () -> LoggingConfigurer.apply(new LoggingSettings("INFO", Map.of("org.x", "LOUD"), null), false, false));

        assertThat(error.getMessage()).startsWith("logging.loggers.org.x is 'LOUD', not a logging level");
        assertThat(root().getLevel()).as("nothing was changed").isEqualTo(Level.WARN);
    }

    @Test
    void settingsAppliedBeforeLogbackStartsAreTheOnesItStartsWith() {
        PendingLogging pending = new PendingLogging();
        LoggingConfigurer.apply(new LoggingSettings("DEBUG", Map.of("org.x", "ERROR"), null), false, false, pending);

        LoggerContext context = new LoggerContext();
        StartupLogging configurator = new StartupLogging(pending);
        configurator.setContext(context);
        configurator.configure(context);

        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.DEBUG);
        assertThat(context.getLogger("org.x").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNotNull();
    }

    @Test
    void badLevelIsReportedAtOnceEvenBeforeLogbackStarts() {
        PendingLogging pending = new PendingLogging();

        assertThatThrownBy(() -> LoggingConfigurer.apply(new LoggingSettings("LOUD", Map.of(), null), false, false,
                pending)).isInstanceOf(ConfigException.class).hasMessageStartingWith("logging.level is 'LOUD'");
        assertThat(pending.start()).isEmpty();
    }

    @Test
    void startupLoggingIsQuietWritesToStderrAndIsWhatLogbackFinds() throws Exception {
        LoggerContext context = new LoggerContext();
        StartupLogging configurator = new StartupLogging();
        configurator.setContext(context);

        assertThat(configurator.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);

        assertThat(java.util.ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()))
                .contains(StartupLogging.class.getName());
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(((ConsoleAppender<ILoggingEvent>) root.getAppender("STDERR")).getTarget()).isEqualTo("System.err");
    }
}
