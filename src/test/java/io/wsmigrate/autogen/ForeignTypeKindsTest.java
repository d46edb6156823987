package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trial on ThingsBoard's entities: {@code @Lob @Column(columnDefinition = "BINARY") byte[] data}.
 * Hibernate's own DDL fails on it ({@code type "binary" does not exist}); autogenerate wrote
 * {@code type: binary}, which Liquibase created as {@code bytea}, and every check after the upgrade
 * asked to alter the column from {@code bytea} to {@code binary}.
 */
class ForeignTypeKindsTest {
    @TempDir
    Path folder;

    @Test
    void aColumnTypePostgresqlDoesNotHaveIsRefusedNamingTheColumnAndNoRevisionIsWritten() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "foreigntypes", "select 1")) {
            assertThatThrownBy(fixture::autogenerate)
                    .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                    .hasMessage("column firmware.data has type binary, which PostgreSQL does not have (Hibernate's own"
                            + " DDL fails on it too); Liquibase would make it BYTEA, which the entities would never match:"
                            + " map the column to a PostgreSQL type, e.g. @Column(columnDefinition = \"bytea\")");
            try (Stream<Path> files = Files.list(folder.resolve("migrations/versions"))) {
                assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".yaml")))
                        .as("revision files").hasSize(1);
            }
        }
    }
}
