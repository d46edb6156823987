package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.config.TargetsSettings.Credentials;
import io.wsmigrate.config.TargetsSettings.DatabaseTarget;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TargetsSettingsTest {
    private static final String HEAD = "database:\n  url: jdbc:postgresql://db/shop\nmigrations:\n"
            + "  package: com.example.shop\ntargets:\n";

    @TempDir
    Path dir;

    private TargetsSettings load(String targets) {
        Path file = write(dir.resolve("app.yaml"), HEAD + targets);
        return new SettingsLoader().load(file, Map.of("B_PASSWORD", "s3cret"), null).targets();
    }

    private String error(String targets) {
        return SettingsErrorsTest.errorLoading(write(dir.resolve("app.yaml"), HEAD + targets), Map.of());
    }

    @Test
    void noTargetsSectionIsNoFleet() {
        Path file = write(dir.resolve("app.yaml"), HEAD.replace("targets:\n", ""));
        assertThat(new SettingsLoader().load(file, Map.of(), null).targets().isEmpty()).isTrue();
    }

    @Test
    void schemasAreAListOrAQuery() {
        assertThat(load("  schemas: [tenant_a, tenant_b]\n  shared_schemas: public\n  jobs: 8\n"))
                .isEqualTo(new TargetsSettings(List.of("tenant_a", "tenant_b"), null, List.of(), null, null,
                        List.of("public"), 8));
        assertThat(load("  schemas:\n    query: SELECT nspname FROM pg_namespace\n").schemasQuery())
                .isEqualTo("SELECT nspname FROM pg_namespace");
    }

    @Test
    void databasesAreNamesUrlsOrEntriesWithTheirOwnCredentials() {
        TargetsSettings targets = load("  databases:\n    - tenant_a\n    - jdbc:postgresql://other:5433/tenant_b?ssl=true\n"
                + "    - name: c\n      url: jdbc:postgresql://third/tenant_c\n      user: c_owner\n"
                + "      password: ${B_PASSWORD}\n");
        assertThat(targets.databases()).containsExactly(
                new DatabaseTarget("tenant_a", null, "tenant_a", Credentials.NONE),
                new DatabaseTarget("tenant_b", "jdbc:postgresql://other:5433/tenant_b?ssl=true", null, Credentials.NONE),
                new DatabaseTarget("c", "jdbc:postgresql://third/tenant_c", null, new Credentials("c_owner", "s3cret")));
        assertThat(targets.databases().get(2).toString()).doesNotContain("s3cret");
    }

    @Test
    void mistakesAreNamedByFileLineAndKey() {
        String file = dir.resolve("app.yaml").toString();
        assertThat(error("  schema: [a]\n")).startsWith(file + ":6").contains("targets.schema is not a setting here");
        assertThat(error("  schemas: [a, 5]\n")).startsWith(file + ":6").contains("targets.schemas[1]")
                .contains("must be text");
        assertThat(error("  schemas: {querry: x}\n")).contains("targets.schemas.querry is not a setting here");
        assertThat(error("  databases:\n    - name: x\n")).startsWith(file + ":7")
                .contains("needs exactly one of url");
        assertThat(error("  databases: ['jdbc:mysql://h/x']\n")).contains("must be a jdbc:postgresql:// URL");
        assertThat(error("  databases: ['jdbc:postgresql://h/']\n")).contains("names no database");
        assertThat(error("  schemas: [a, a]\n")).contains("names the target a twice");
        assertThat(error("  jobs: 0\n")).startsWith(file + ":6").contains("targets.jobs must be a whole number");
    }
}
