package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.wsmigrate.ExitCode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.postgresql.Driver;
import org.postgresql.PGProperty;
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
        "postgresql://db/shop?application_name=deploy&search_path=app"
            + " | jdbc:postgresql://db/shop?ApplicationName=deploy&currentSchema=app",
        "postgresql://db:/shop | jdbc:postgresql://db/shop",
        "postgresql://db/my+shop?sslmode=verify-full | jdbc:postgresql://db/my%2Bshop?sslmode=verify-full",
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
    void theDriverReadsEachParameterAsLibpqMeansIt() {
        DatabaseSettings database = database("postgresql://db/my+shop?application_name=my+app&gssencmode=require"
                + "&channel_binding=require&sslmode=require&search_path=app&options=-c%20work_mem%3D8MB");

        Properties read = Driver.parseURL(database.url(), new Properties());
        assertThat(read).isNotNull();
        assertThat(PGProperty.PG_DBNAME.getOrDefault(read)).isEqualTo("my+shop");
        assertThat(PGProperty.APPLICATION_NAME.getOrDefault(read)).isEqualTo("my+app");
        assertThat(PGProperty.GSS_ENC_MODE.getOrDefault(read)).isEqualTo("require");
        assertThat(PGProperty.CHANNEL_BINDING.getOrDefault(read)).isEqualTo("require");
        assertThat(PGProperty.SSL_MODE.getOrDefault(read)).isEqualTo("require");
        assertThat(PGProperty.CURRENT_SCHEMA.getOrDefault(read)).isEqualTo("app");
        assertThat(PGProperty.OPTIONS.getOrDefault(read)).isEqualTo("-c work_mem=8MB");
    }

    @Test
    void aQuestionMarkOrColonInAPasswordNeedsNoEscapeAsInLibpq() {
        DatabaseSettings database = database("postgresql://app:" + SECRET + "?x:y@db/shop?sslmode=require");

        assertThat(database.url()).isEqualTo("jdbc:postgresql://db/shop?sslmode=require");
        assertThat(database.user()).isEqualTo("app");
        assertThat(database.password()).isEqualTo(SECRET + "?x:y");
    }

    @Test
    void userPasswordAndConnectTimeoutParametersAreTakenOutOfTheUrlAndTheSettingsKeysWin() {
        DatabaseSettings fromUri = database("postgresql://alice:a-pw@db/shop?user=bob&password=b-pw&connect_timeout=4");
        assertThat(fromUri.url()).isEqualTo("jdbc:postgresql://db/shop");
        assertThat(fromUri.user()).as("a parameter over the user-info, as in libpq").isEqualTo("bob");
        assertThat(fromUri.password()).isEqualTo("b-pw");
        assertThat(fromUri.connectTimeout()).isEqualTo(Duration.ofSeconds(4));

        DatabaseSettings settingsWin = database("postgresql://alice:a-pw@db/shop?user=bob&connect_timeout=4",
                "  user: carol", "  connect_timeout: 9s");
        assertThat(settingsWin.user()).isEqualTo("carol");
        assertThat(settingsWin.connectTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(database("postgresql://alice:@db/shop").password()).as("empty is none, as in libpq").isNull();
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
        assertThat(error("postgresql://db/sh@op")).contains("has an @ after its first /");
        assertThat(error("mysql://db/shop")).contains("must be a jdbc:postgresql:// URL, a postgresql:// URI");
        assertThat(error("postgresql://app:" + SECRET + "/x@db/shop")).as("a / in the password")
                .contains("has a port that is not a number from 1 to 65535").doesNotContain(SECRET);
        assertThat(error("postgresql://db:99999/shop")).contains("has a port that is not a number");
        assertThat(error("postgresql://u:pw%00x@db/shop")).contains("has %00 in its password");
        assertThat(error("postgresql://u:pw%FFx@db/shop")).contains("has %-escapes in its password that are not UTF-8");
        assertThat(error("postgresql://u:pw%٣٣@db/shop")).contains("not followed by two hex digits");
        assertThat(error("postgresql://db/shop?sslmode")).contains("has a parameter without a name and a value");
        assertThat(error("postgresql://db/shop?connect_timeout=soon")).contains("has a connect_timeout that is not");
        assertThat(error("postgresql://h1,%2Ftmp/shop")).contains("names a Unix-domain socket's folder");
        assertThat(error("postgresql://db/shop?" + SECRET + "=1")).contains("has a parameter, which")
                .doesNotContain(SECRET);
    }
}
