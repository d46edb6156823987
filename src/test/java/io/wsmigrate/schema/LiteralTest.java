package io.wsmigrate.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one literal form reads back as the value on a real server, whatever standard_conforming_strings says. */
class LiteralTest {
    private static final List<String> VALUES = List.of("plain", "it's", "a\\b", "ends with \\", "\\'", "'\\'\\\\",
            "\\n is not a line break", "Ä € 😀", "two\nlines", "");

    @Test
    void readsTheSameWithStandardConformingStringsOnAndOff() throws SQLException {
        try (Connection connection = TestPostgres.connect(TestPostgres.get().freshDatabase());
             Statement statement = connection.createStatement()) {
            for (String setting : List.of("on", "off")) {
                statement.execute("SET standard_conforming_strings = " + setting);
                for (String value : VALUES) {
                    try (ResultSet row = statement.executeQuery("SELECT " + Identifiers.literal(value))) {
                        row.next();
                        assertThat(row.getString(1)).as("%s with standard_conforming_strings %s", value, setting)
                                .isEqualTo(value);
                    }
                }
            }
        }
    }

    @Test
    void plainTextStaysAPlainLiteral() {
        assertThat(Identifiers.literal("it's")).isEqualTo("'it''s'");
        assertThat(Identifiers.literal("a\\b")).isEqualTo("E'a\\\\b'");
    }

    @Test
    void aNulIsRefused() {
        assertThatThrownBy(() -> Identifiers.literal("a\0b")).isInstanceOf(IllegalArgumentException.class);
    }
}
