package io.wsmigrate.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The driver's java.util.logging loggers are set at its first use, not at start: silent until a
 * command's logging is applied, then at the level the settings give, whichever comes first.
 */
class DriverLoggingTest {
    private final Logger driver = Logger.getLogger("org.postgresql");

    @AfterEach
    void newCommand() {
        DriverLogging.newCommand();
    }

    @Test
    void aDriverUsedBeforeTheLoggingIsAppliedIsSilentThenRouted() {
        DriverLogging.newCommand();
        DriverLogging.driverLoading();

        assertThat(driver.getLevel()).isEqualTo(Level.OFF);
        assertThat(driver.getUseParentHandlers()).isFalse();

        DriverLogging.route("debug");

        assertThat(driver.getLevel()).isEqualTo(Level.FINE);
        assertThat(driver.getHandlers()).hasSize(1);
    }

    @Test
    void loggingAppliedBeforeTheDriversFirstUseIsSetAtThatUse() {
        DriverLogging.newCommand();
        DriverLogging.route("ERROR");
        DriverLogging.driverLoading();

        assertThat(driver.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(driver.getUseParentHandlers()).isFalse();
        assertThat(driver.getHandlers()).hasSize(1);
    }

    @Test
    void aNewCommandSilencesTheDriverUntilItsOwnLoggingIsApplied() {
        DriverLogging.route("INFO");
        DriverLogging.driverLoading();

        DriverLogging.newCommand();

        assertThat(driver.getLevel()).isEqualTo(Level.OFF);
    }
}
