package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.junit.jupiter.api.Test;

/** The Bean Validation modes are read as Hibernate reads them, and a wrong one stops the load. */
class ValidationModesTest {
    @Test
    void autoUnlessSetAndTheJakartaNameWinsOverTheOldOne() {
        assertThat(SessionFactorySteps.modes(Map.of())).containsExactly(ValidationMode.AUTO);
        assertThat(SessionFactorySteps.modes(Map.of("javax.persistence.validation.mode", "ddl")))
                .containsExactly(ValidationMode.DDL);
        assertThat(SessionFactorySteps.modes(Map.of("jakarta.persistence.validation.mode", "callback, ddl",
                "javax.persistence.validation.mode", "none")))
                .isEqualTo(Set.of(ValidationMode.CALLBACK, ValidationMode.DDL));
        assertThat(SessionFactorySteps.modes(Map.of("jakarta.persistence.validation.mode", "NONE"))).isEmpty();
    }

    @Test
    void anUnknownModeIsAModelErrorNamingIt() {
        assertThatThrownBy(() -> Fixtures.shop(Map.of("jakarta.persistence.validation.mode", "sometimes")).close())
                .isInstanceOfSatisfying(WsMigrateException.class,
                        e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageContaining("sometimes");
    }
}
