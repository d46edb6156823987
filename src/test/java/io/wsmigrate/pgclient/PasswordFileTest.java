package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

class PasswordFileTest {
    private static LibpqConnection connection(List<String> hosts, List<String> ports, String user, String password) {
        return new LibpqConnection(hosts, ports, user, password, Map.of());
    }

    @Test
    void oneLinePerHostWithColonsAndBackslashesEscaped() throws Exception {
        try (PasswordFile file = PasswordFile.create(connection(List.of("db1", "::1"), List.of("5432", "5433"),
                "shop:app", "pa:ss\\word"))) {
            assertThat(Files.readAllLines(file.path())).containsExactly(
                    "db1:5432:*:shop\\:app:pa\\:ss\\\\word",
                    "\\:\\:1:5433:*:shop\\:app:pa\\:ss\\\\word");
        }
    }

    @Test
    void missingUserMatchesAnyUserAndOnePortServesEveryHost() throws Exception {
        try (PasswordFile file = PasswordFile.create(connection(List.of("a", "b"), List.of("6000"), null, "pw"))) {
            assertThat(Files.readAllLines(file.path())).containsExactly("a:6000:*:*:pw", "b:6000:*:*:pw");
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void fileIsPrivateWhileItExistsAndGoneWhenClosed() throws Exception {
        Path path;
        try (PasswordFile file = PasswordFile.create(connection(List.of("h"), List.of("5432"), "u", "pw"))) {
            path = file.path();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(path))).isEqualTo("rw-------");
        }
        assertThat(path).doesNotExist();
    }

    @Test
    void passwordWithALineBreakIsRefused() {
        assertThatThrownBy(() -> PasswordFile.create(connection(List.of("h"), List.of("5432"), "u", "two\nlines")))
                .isInstanceOf(ToolException.class)
                .hasMessage("the database password contains a line break, which a libpq password file cannot hold; "
                        + "psql and pg_dump cannot use it")
                .hasMessageNotContaining("two\nlines");
    }
}
