package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HibernateBootSettingsTest {
    @Test
    void postgresqlWithoutAConnectionIsTheDefault() {
        assertThat(HibernateBoot.settings(Map.of())).containsEntry(HibernateBoot.DATABASE_NAME, "PostgreSQL")
                .containsEntry(HibernateBoot.DATABASE_MAJOR, "17").containsEntry(HibernateBoot.ALLOW_JDBC_METADATA, "false");
    }

    @Test
    void theProjectMayPickThePostgresqlVersionButNeverAConnectionAtBoot() {
        Map<String, Object> settings = HibernateBoot.settings(Map.of(HibernateBoot.DATABASE_MAJOR, "13",
                HibernateBoot.ALLOW_JDBC_METADATA, "true"));

        assertThat(settings).containsEntry(HibernateBoot.DATABASE_MAJOR, "13")
                .containsEntry(HibernateBoot.ALLOW_JDBC_METADATA, "false");
    }

    @Test
    void globalQuotingLeavesColumnDefinitionsUnquotedUnlessTheProjectSaysOtherwise() {
        assertThat(HibernateBoot.settings(Map.of(HibernateBoot.GLOBAL_QUOTING, "true")))
                .containsEntry(HibernateBoot.GLOBAL_QUOTING_SKIPS_DEFINITIONS, "true");
        assertThat(HibernateBoot.settings(Map.of(HibernateBoot.GLOBAL_QUOTING, "true",
                HibernateBoot.GLOBAL_QUOTING_SKIPS_DEFINITIONS, "false")))
                .containsEntry(HibernateBoot.GLOBAL_QUOTING_SKIPS_DEFINITIONS, "false");
        assertThat(HibernateBoot.settings(Map.of())).doesNotContainKey(HibernateBoot.GLOBAL_QUOTING_SKIPS_DEFINITIONS);
    }
}
