package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import io.wsmigrate.config.DatabaseSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LibpqConnectionTest {
    private static LibpqConnection of(String url, String user, String password, Map<String, String> properties) {
        return LibpqConnection.of(new DatabaseSettings(url, user, password, properties, Duration.ofSeconds(7),
                null, null));
    }

    @Test
    void hostPortDatabaseAndUserBecomeLibpqVariables() {
        LibpqConnection c = of("jdbc:postgresql://db.example.com:6543/shop", "shop_app", "secret", Map.of());

        assertThat(c.variables()).containsExactly(entry("PGHOST", "db.example.com"), entry("PGPORT", "6543"),
                entry("PGDATABASE", "shop"), entry("PGUSER", "shop_app"), entry("PGCONNECT_TIMEOUT", "7"));
        assertThat(c.password()).isEqualTo("secret");
    }

    @Test
    void passwordIsNeverAVariableNorInToString() {
        LibpqConnection c = of("jdbc:postgresql://h/shop?password=from-url", "u", null, Map.of());

        assertThat(c.password()).isEqualTo("from-url");
        assertThat(c.variables().values()).noneMatch(v -> v.contains("from-url"));
        assertThat(c.toString()).doesNotContain("from-url").contains("password=****");
    }

    @Test
    void urlParametersWinOverPropertiesAsTheyDoForTheDriver() {
        LibpqConnection c = of("jdbc:postgresql://h/shop?user=url_user&sslmode=verify-ca", "settings_user", "pw",
                Map.of("sslmode", "disable"));

        assertThat(c.user()).isEqualTo("url_user");
        assertThat(c.variables()).contains(entry("PGUSER", "url_user"), entry("PGSSLMODE", "verify-ca"));
    }

    @Test
    void severalHostsAndIpv6AddressesAreListedAsLibpqReadsThem() {
        LibpqConnection c = of("jdbc:postgresql://primary:5432,[::1]:5433/shop", "u", null, Map.of());

        assertThat(c.hosts()).containsExactly("primary", "::1");
        assertThat(c.ports()).containsExactly("5432", "5433");
        assertThat(c.variables()).contains(entry("PGHOST", "primary,::1"), entry("PGPORT", "5432,5433"));
    }

    @Test
    void shortUrlMeansLocalhostOverTcpAsForTheDriver() {
        LibpqConnection c = of("jdbc:postgresql:shop", "u", null, Map.of());

        assertThat(c.variables()).contains(entry("PGHOST", "localhost"), entry("PGPORT", "5432"),
                entry("PGDATABASE", "shop"));
    }

    @Test
    void sslPropertiesMapToTheirLibpqVariables() {
        LibpqConnection c = of("jdbc:postgresql://h/shop", "u", null, Map.of("sslmode", "require",
                "sslrootcert", "/etc/ca.pem", "sslcert", "/etc/client.pem", "sslkey", "/etc/client.key",
                "gssEncMode", "disable", "channelBinding", "require"));

        assertThat(c.variables()).contains(entry("PGSSLMODE", "require"), entry("PGSSLROOTCERT", "/etc/ca.pem"),
                entry("PGSSLCERT", "/etc/client.pem"), entry("PGSSLKEY", "/etc/client.key"),
                entry("PGGSSENCMODE", "disable"), entry("PGCHANNELBINDING", "require"));
    }

    @Test
    void sslFlagWithoutModeMeansVerifyFullAsForTheDriver() {
        assertThat(of("jdbc:postgresql://h/shop?ssl=true", "u", null, Map.of()).variables())
                .containsEntry("PGSSLMODE", "verify-full");
        assertThat(of("jdbc:postgresql://h/shop?ssl", "u", null, Map.of()).variables())
                .containsEntry("PGSSLMODE", "verify-full");
        assertThat(of("jdbc:postgresql://h/shop?ssl=true&sslmode=require", "u", null, Map.of()).variables())
                .containsEntry("PGSSLMODE", "require");
        assertThat(of("jdbc:postgresql://h/shop?ssl=false", "u", null, Map.of()).variables())
                .doesNotContainKey("PGSSLMODE");
    }

    @Test
    void currentSchemaAndOptionsBecomePgOptions() {
        LibpqConnection c = of("jdbc:postgresql://h/shop?currentSchema=shop%20data,public", "u", null,
                Map.of("options", "-c statement_timeout=5000"));

        assertThat(c.variables()).containsEntry("PGOPTIONS",
                "-c statement_timeout=5000 -c search_path=shop\\ data,public");
    }

    @Test
    void targetServerTypeAndLoadBalancingBecomeSessionAttributes() {
        LibpqConnection c = of("jdbc:postgresql://a,b/shop?targetServerType=preferSecondary&loadBalanceHosts=true",
                "u", null, Map.of());

        assertThat(c.variables()).contains(entry("PGTARGETSESSIONATTRS", "prefer-standby"),
                entry("PGLOADBALANCEHOSTS", "random"));
    }

    @Test
    void driverOnlyPropertiesAreLeftOut() {
        LibpqConnection c = of("jdbc:postgresql://h/shop?prepareThreshold=0&ApplicationName=app", "u", null,
                Map.of("socketTimeout", "30", "targetServerType", "preferPrimary"));

        assertThat(c.variables()).containsOnlyKeys("PGHOST", "PGPORT", "PGDATABASE", "PGUSER", "PGCONNECT_TIMEOUT");
    }

    @Test
    void noUserAndNoDatabaseLeaveLibpqItsDefaults() {
        LibpqConnection c = of("jdbc:postgresql://h/", null, null, Map.of());

        assertThat(c.variables()).doesNotContainKeys("PGUSER", "PGDATABASE");
        assertThat(c.user()).isNull();
        assertThat(List.copyOf(c.hosts())).containsExactly("h");
    }
}
