package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wsmigrate.ExitCode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code database.url} written as libpq, SQLAlchemy and hosting platforms write it
 * ({@code postgresql://user:password@host/db}): read as the JDBC URL, user and password it means.
 */
class PostgresUriTest {
    private static final String SECRET = "Uri-Secret-7x";

    @TempDir
    Path dir;

    private DatabaseSettings database(String url, String... moreLines) {
        String[] lines = new String[moreLines.length + 3];
        lines[0] = "database:";
        lines[1] = "  url: '" + url + "'";
        System.arraycopy(moreLines, 0, lines, 2, moreLines.length);
        lines[lines.length - 1] = "migrations: { package: shop }";
        Path file = write(dir.resolve("app.yaml"), lines);
        return new SettingsLoader().load(file, Map.of(), null).database();
    }

    private String error(String url) {
        Path file = write(dir.resolve("app.yaml"), "database:", "  url: '" + url + "'",
                "migrations: { package: shop }");
        ConfigException e = catchThrowableOfType(ConfigException.class,
                () -> new SettingsLoader().load(file, Map.of(), null));
        assertThat(e).as(url).isNotNull();
        assertThat(e.exitCode()).isEqualTo(ExitCode.CONFIG);
        return e.getMessage();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "postgres://db.example.com/shop | jdbc:postgresql://db.example.com/shop",
        "postgresql://db:6432/shop?sslmode=require | jdbc:postgresql://db:6432/shop?sslmode=require",
        "postgresql:///shop | jdbc:postgresql://localhost/shop",
        "postgresql://db | jdbc:postgresql://db/",
        "postgresql://h1:5432,h2:5433/shop | jdbc:postgresql://h1:5432,h2:5433/shop",
        "postgresql://[::1]:5432/shop | jdbc:postgresql://[::1]:5432/shop",
        "postgresql://db/shop?application_name=deploy&connect_timeout=3&search_path=app"
            + " | jdbc:postgresql://db/shop?ApplicationName=deploy&connectTimeout=3&currentSchema=app",
    })
    void aUriBecomesTheJdbcUrlItMeans(String uri, String jdbc) {
        DatabaseSettings database = database(uri);

        assertThat(database.url()).isEqualTo(jdbc);
        assertThat(database.user()).isNull();
        assertThat(database.password()).isNull();
    }

    @Test
    void userInfoBecomesUserAndPasswordDecodedAndThePasswordIsMasked() {
        DatabaseSettings database = database("postgresql://shop%2Eadmin:" + SECRET + "%40%3A+@db/shop");

        assertThat(database.url()).isEqualTo("jdbc:postgresql://db/shop");
        assertThat(database.user()).isEqualTo("shop.admin");
        assertThat(database.password()).as("%-escapes decoded, a plus kept").isEqualTo(SECRET + "@:+");
        assertThat(database.toString()).doesNotContain(SECRET);
        assertThat(Secrets.maskRemembered("login as shop.admin with " + SECRET + "@:+ failed"))
                .doesNotContain(SECRET);
    }

    @Test
    void theSettingsOwnUserAndPasswordWinOverTheUris() {
        DatabaseSettings database = database("postgresql://uri-user:uri-password@db/shop",
                "  user: deploy", "  password: from-settings");

        assertThat(database.user()).isEqualTo("deploy");
        assertThat(database.password()).isEqualTo("from-settings");
        assertThat(database("postgresql://uri-user@db/shop", "  password: from-settings").user())
                .isEqualTo("uri-user");
    }

    @Test
    void whatTheDriverCannotReadIsRefusedNamingItButNeverThePassword() {
        assertThat(error("postgresql://u:" + SECRET + "@%2Fvar%2Frun%2Fpostgresql/shop"))
                .startsWith(dir.resolve("app.yaml") + ":2: database.url names a Unix-domain socket's folder")
                .doesNotContain(SECRET);
        assertThat(error("postgresql://u:" + SECRET + "@db/shop?target_session_attrs=read-write"))
                .contains("database.url has the parameter 'target_session_attrs', which ws-migrate does not pass")
                .contains("database.properties")
                .doesNotContain(SECRET);
        assertThat(error("postgresql://u:" + SECRET + "%zz@db/shop"))
                .contains("has a % in its password that is not followed by two hex digits")
                .doesNotContain(SECRET);
        assertThat(error("postgresql://db/shop#part")).contains("has a fragment");
        assertThat(error("postgresql://u:" + SECRET + "/x@db/shop")).contains("has an @ after its first / or ?")
                .doesNotContain(SECRET);
        assertThat(error("mysql://db/shop")).contains("must be a jdbc:postgresql:// URL, a postgresql:// URI");
    }
}
