package io.wsmigrate.config;

import static io.wsmigrate.config.YamlFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpringSettingsTest {
    @TempDir
    Path dir;

    private Settings load(Path file, Map<String, String> environment, String profile) {
        return new SettingsLoader().load(file, environment, getClass().getClassLoader(), profile);
    }

    private Path resources() {
        return dir.resolve("src/main/resources");
    }

    private Path application(String... extraLines) {
        String[] base = {
            "spring:",
            "  datasource:",
            "    url: jdbc:postgresql://localhost:5432/shop",
            "    username: shop",
            "    password: ${SHOP_PASSWORD:secret-default}",
            "  jpa:",
            "    properties:",
            "      hibernate.default_schema: shop",
            "logging:",
            "  level:",
            "    root: info",
            "    org.hibernate: warn",
            "ws-migrate:",
            "  package: com.example.shop",
            "  classpath: target/classes",
        };
        String[] lines = new String[base.length + extraLines.length];
        System.arraycopy(base, 0, lines, 0, base.length);
        System.arraycopy(extraLines, 0, lines, base.length, extraLines.length);
        return write(resources().resolve("application.yml"), lines);
    }

    @Test
    void springFileGivesDatabaseHibernateLoggingAndMigrations() {
        Settings settings = load(application(), Map.of(), null);

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(settings.database().user()).isEqualTo("shop");
        assertThat(settings.database().password()).isEqualTo("secret-default");
        assertThat(settings.migrations().packageName()).isEqualTo("com.example.shop");
        assertThat(settings.projectDir()).isEqualTo(dir.toAbsolutePath().normalize());
        assertThat(settings.migrations().classpath()).containsExactly(dir.resolve("target/classes").toAbsolutePath().normalize());
        assertThat(settings.migrations().location()).isEqualTo(dir.resolve("migrations").toAbsolutePath().normalize().toString());
        assertThat(settings.migrations().hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.default_schema", "shop",
                "hibernate.implicit_naming_strategy", SpringSettings.SPRING_IMPLICIT_NAMING,
                "hibernate.physical_naming_strategy", SpringSettings.SPRING_PHYSICAL_NAMING));
        assertThat(settings.logging().level()).isEqualTo("INFO");
        assertThat(settings.logging().loggers()).containsEntry("org.hibernate", "WARN");
    }

    @Test
    void namingPropertiesWinOverJpaPropertiesAndDefaultsFillOnlyGaps() {
        Settings settings = load(application(
                "---",
                "spring.jpa.hibernate.naming.physicalStrategy: org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl",
                "spring.jpa.properties.hibernate.implicit_naming_strategy: legacy-jpa"), Map.of(), null);

        assertThat(settings.migrations().hibernate())
                .containsEntry("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.PhysicalNamingStrategyStandardImpl")
                .containsEntry("hibernate.implicit_naming_strategy", "legacy-jpa");
    }

    @Test
    void profilesApplyInSpringsOrder() {
        Path file = application(
                "spring.profiles.active: dev",
                "---",
                "spring.config.activate.on-profile: prod",
                "spring.datasource.url: jdbc:postgresql://doc-prod/shop",
                "---",
                "spring.config.activate.on-profile: '!prod'",
                "spring.datasource.username: not-prod");
        write(resources().resolve("application-dev.yml"), "spring.datasource.url: jdbc:postgresql://dev-file/shop");
        write(resources().resolve("application-prod.properties"), "spring.datasource.url=jdbc:postgresql://prod-file/shop",
                "spring.datasource.username=prod-user");
        write(resources().resolve("application-cloud.yml"), "spring.datasource.username: cloud-user",
                "---",
                "spring.config.activate.on-profile: [staging, cloud]",
                "ws-migrate.location: cloud-scripts",
                "---",
                "spring.config.activate.on-profile: staging",
                "ws-migrate.location: staging-scripts");

        Settings dev = load(file, Map.of(), null);
        assertThat(dev.database().url()).isEqualTo("jdbc:postgresql://dev-file/shop");
        assertThat(dev.database().user()).isEqualTo("not-prod");

        Settings prod = load(file, Map.of("SPRING_PROFILES_ACTIVE", "prod"), null);
        assertThat(prod.database().url()).as("a profile file wins over the main file's profile document")
                .isEqualTo("jdbc:postgresql://prod-file/shop");
        assertThat(prod.database().user()).isEqualTo("prod-user");

        Settings both = load(file, Map.of("SPRING_PROFILES_ACTIVE", "dev"), "prod,cloud");
        assertThat(both.database().user()).as("--profile wins over the variable; the later profile wins")
                .isEqualTo("cloud-user");
        assertThat(both.migrations().location()).as("a document counts when any of its on-profile entries matches")
                .endsWith("cloud-scripts");
    }

    @Test
    void importsOverrideTheImportingDocumentAndGroupsExpand() {
        Path file = application(
                "spring.config.import: optional:file:missing.yml, db.yml",
                "spring.profiles.group.production: proddb",
                "spring.profiles.active: production");
        write(resources().resolve("db.yml"), "spring.datasource.username: imported");
        write(resources().resolve("application-proddb.yml"), "ws-migrate.location: db/scripts");

        Settings settings = load(file, Map.of(), null);

        assertThat(settings.database().user()).isEqualTo("imported");
        assertThat(settings.migrations().location()).isEqualTo(dir.resolve("db/scripts").toAbsolutePath().normalize().toString());
    }

    @Test
    void siblingApplicationFilesMergeWithPropertiesOverYmlOverYaml() {
        Path file = application();
        write(resources().resolve("application.properties"), "spring.datasource.username=from-properties",
                "ws-migrate.version-table=shop_versions");
        write(resources().resolve("application.yaml"), "spring.datasource.username: from-yaml",
                "ws-migrate.location: yaml-scripts");
        write(resources().resolve("other.properties"), "spring.datasource.username=not-a-sibling");

        Settings settings = load(file, Map.of(), null);

        assertThat(settings.database().user()).as(".properties wins over .yml and .yaml").isEqualTo("from-properties");
        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(settings.migrations().versionTable()).isEqualTo("shop_versions");
        assertThat(settings.migrations().location()).as("what only the .yaml sets still counts")
                .endsWith("yaml-scripts");
        assertThat(load(resources().resolve("application.properties"), Map.of(), null).database().user())
                .as("the same files whichever one -c names").isEqualTo("from-properties");
    }

    @Test
    void theSectionsClasspathIsBoundAsTheMigrationsSectionsIs() {
        Path file = write(resources().resolve("application.yml"),
                "spring.datasource.url: jdbc:postgresql://localhost/shop",
                "ws-migrate:",
                "  package: com.example.shop",
                "  classpath:",
                "    - maven",
                "    - lib/*.jar",
                "    - extra/a.jar" + java.io.File.pathSeparator + "extra/b.jar");

        MigrationsSettings migrations = load(file, Map.of(), null).migrations();

        assertThat(migrations.classpathBuild()).isEqualTo("maven");
        assertThat(migrations.classpath()).containsExactly(dir.resolve("lib/*.jar").toAbsolutePath().normalize(),
                dir.resolve("extra/a.jar").toAbsolutePath().normalize(),
                dir.resolve("extra/b.jar").toAbsolutePath().normalize());
        Path properties = write(dir.resolve("other/application.properties"),
                "spring.datasource.url=jdbc:postgresql://localhost/shop", "ws-migrate.package=com.example.shop",
                "ws-migrate.classpath=gradle,lib/*");
        assertThat(load(properties, Map.of(), null).migrations().classpathBuild()).isEqualTo("gradle");
    }

    @Test
    void aSiblingInAnotherFormatIsNotMerged() {
        Path file = application();
        write(resources().resolve("application.properties"), "quarkus.datasource.username=quarkus-user");

        assertThat(load(file, Map.of(), null).database().user()).isEqualTo("shop");
    }

    @Test
    void anImportedFileBringsItsProfileVariantsAfterItAndTheApplicationsProfileFileWins() {
        Path file = application("spring.config.import: db.yml");
        write(resources().resolve("db.yml"), "spring.datasource.username: db", "ws-migrate.location: db-scripts");
        write(resources().resolve("db-prod.yml"), "spring.datasource.username: db-prod",
                "ws-migrate.location: db-prod-scripts");
        write(resources().resolve("db-prod.properties"), "spring.datasource.username=only-the-imported-extension");
        write(resources().resolve("application-prod.yml"), "ws-migrate.location: application-prod-scripts");

        Settings plain = load(file, Map.of(), null);
        assertThat(plain.database().user()).isEqualTo("db");

        Settings prod = load(file, Map.of(), "prod");
        assertThat(prod.database().user()).as("db-prod.yml over db.yml; db-prod.properties is not read")
                .isEqualTo("db-prod");
        assertThat(prod.migrations().location()).as("application-prod.yml over db-prod.yml")
                .endsWith("application-prod-scripts");
    }

    @Test
    void relaxedEnvironmentVariablesOverrideTheFile() {
        Settings settings = load(application(), Map.of(
                "SPRING_DATASOURCE_URL", "jdbc:postgresql://from-env/shop",
                "SHOP_PASSWORD", "env-password",
                "SPRING_JPA_HIBERNATE_NAMING_IMPLICITSTRATEGY", "legacy-hbm",
                "LOGGING_LEVEL_IO_WSMIGRATE", "debug"), null);

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://from-env/shop");
        assertThat(settings.database().password()).isEqualTo("env-password");
        assertThat(settings.migrations().hibernate()).containsEntry("hibernate.implicit_naming_strategy", "legacy-hbm");
        assertThat(settings.logging().loggers()).containsEntry("io.wsmigrate", "DEBUG");
    }

    @Test
    void placeholdersReadOtherKeysNestedDefaultsAndRelaxedVariables() {
        Path file = write(resources().resolve("application.properties"),
                "db.host=localhost",
                "spring.datasource.url=jdbc:postgresql://${db.host}:${DB_PORT:${default.port:5432}}/shop",
                "spring.datasource.username=${app.db-user:fallback}",
                "ws-migrate.package=com.example.shop",
                "ws-migrate.all-packages=true",
                "literal=\\\\${not-resolved}");

        Settings settings = load(file, Map.of("APP_DB_USER", "relaxed"), null);

        assertThat(settings.database().url()).isEqualTo("jdbc:postgresql://localhost:5432/shop");
        assertThat(settings.database().user()).isEqualTo("relaxed");
        assertThat(settings.migrations().allPackages()).isTrue();
    }

    @Test
    void singleTransactionIsReadInEverySpellingAndTheEnvironmentWins() {
        assertThat(load(application(), Map.of(), null).migrations().singleTransaction()).isFalse();
        assertThat(load(application("  single_transaction: true"), Map.of(), null).migrations().singleTransaction())
                .as("the migrations section's own spelling").isTrue();
        assertThat(load(application("  singleTransaction: TRUE"), Map.of(), null).migrations().singleTransaction())
                .as("camel case, any letter case").isTrue();

        Path properties = write(dir.resolve("app/application.properties"),
                "spring.datasource.url=jdbc:postgresql://localhost:5432/shop",
                "ws-migrate.package=com.example.shop",
                "ws-migrate.single-transaction=true");
        assertThat(load(properties, Map.of(), null).migrations().singleTransaction()).isTrue();
        assertThat(load(properties, Map.of("WS_MIGRATE_SINGLE_TRANSACTION", "false"), null).migrations()
                .singleTransaction()).as("the relaxed environment variable overrides the file").isFalse();
    }

    @Test
    void singleTransactionThatIsNotTrueOrFalseNamesTheFileLineAndKey() {
        Path file = write(resources().resolve("application.properties"),
                "spring.datasource.url=jdbc:postgresql://localhost:5432/shop",
                "ws-migrate.package=com.example.shop",
                "ws-migrate.single-transaction=sometimes");
        assertThatThrownBy(() -> load(file, Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessage(file.normalize() + ":3: ws-migrate.single-transaction must be true or false, not text");
    }

    @Test
    void errorsNameTheFileLineAndTheKeyAsWritten() {
        Path file = write(resources().resolve("application.yml"),
                "spring:",
                "  datasource:",
                "    url: jdbc:h2:mem:shop",
                "ws-migrate:",
                "  package: com.example.shop");
        assertThatThrownBy(() -> load(file, Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.normalize() + ":3: spring.datasource.url must be a jdbc:postgresql:// URL");

        Path unresolved = write(resources().resolve("application.yml"),
                "spring.datasource.url: ${DATABASE_URL}",
                "ws-migrate.package: com.example.shop");
        assertThatThrownBy(() -> load(unresolved, Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(unresolved.normalize() + ":1: spring.datasource.url uses ${DATABASE_URL}");

        Path noPackage = write(resources().resolve("application.yml"), "spring.datasource.url: jdbc:postgresql://h/db");
        assertThatThrownBy(() -> load(noPackage, Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing ws-migrate.package");

        Path unknown = write(resources().resolve("application.yml"),
                "spring.datasource.url: jdbc:postgresql://h/db",
                "ws-migrate:",
                "  package: com.example.shop",
                "  pakage: typo");
        assertThatThrownBy(() -> load(unknown, Map.of(), null)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(unknown.normalize() + ":4: ws-migrate.pakage is not a ws-migrate setting");
    }

    @Test
    void ownSettingsFileCanIncludeTheApplicationsFile() {
        application();
        Path own = write(dir.resolve("config/migrations.yaml"),
                "include: [../src/main/resources/application.yml]",
                "migrations:",
                "  version_table: shop_versions");

        Settings settings = load(own, Map.of(), "dev");

        assertThat(settings.database().user()).isEqualTo("shop");
        assertThat(settings.migrations().versionTable()).isEqualTo("shop_versions");
        assertThat(settings.migrations().packageName()).isEqualTo("com.example.shop");
    }

    @Test
    void schemaGenerationSettingsAreNotReadButNoted() {
        Path file = application("spring.jpa.hibernate.ddl-auto: update");
        Settings settings = load(file, Map.of(), null);
        assertThat(settings.notes()).containsExactly(file.normalize() + ":16: spring.jpa.hibernate.ddl-auto is not read:"
                + " ws-migrate's revisions change the schema; with 'update' the application changes it too when it"
                + " starts, set it to validate or none");

        Path quarkus = write(resources().resolve("application.properties"),
                "quarkus.datasource.jdbc.url=jdbc:postgresql://h/db",
                "quarkus.hibernate-orm.database.generation=validate",
                "ws-migrate.package=com.example.shop");
        assertThat(load(quarkus, Map.of(), null).notes()).containsExactly(quarkus.normalize() + ":2:"
                + " quarkus.hibernate-orm.database.generation is not read: ws-migrate's revisions change the schema");
    }

    @Test
    void passwordsFromTheFileAreMasked() {
        Path file = write(resources().resolve("application.yml"),
                "spring.datasource.url: jdbc:postgresql://h/db",
                "spring.datasource.password: Spring-Secret-42",
                "ws-migrate.package: com.example.shop");
        load(file, Map.of(), null);
        assertThat(Secrets.maskRemembered("connecting with Spring-Secret-42")).isEqualTo("connecting with ****");
    }

    @Test
    void quarkusPropertiesWithProfilesCategoriesAndUnsupportedProperties() {
        Path file = write(resources().resolve("application.properties"),
                "quarkus.datasource.db-kind=postgresql",
                "quarkus.datasource.jdbc.url=jdbc:postgresql://base/shop",
                "%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://prod/shop",
                "%dev,test.quarkus.datasource.username=dev-user",
                "quarkus.datasource.password=${DB_PASSWORD:pw-default}",
                "quarkus.hibernate-orm.physical-naming-strategy=org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "quarkus.hibernate-orm.database.default-schema=shop",
                "quarkus.hibernate-orm.quote-identifiers.strategy=only-keywords",
                "quarkus.hibernate-orm.unsupported-properties.\"hibernate.column_ordering_strategy\"=legacy",
                "quarkus.log.level=WARN",
                "quarkus.log.category.\"org.hibernate\".level=FINE",
                "ws-migrate.package=com.example.shop");

        Settings prod = load(file, Map.of(), null);
        assertThat(prod.database().url()).isEqualTo("jdbc:postgresql://prod/shop");
        assertThat(prod.database().user()).isNull();
        assertThat(prod.database().password()).isEqualTo("pw-default");
        assertThat(prod.migrations().hibernate()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy",
                "hibernate.default_schema", "shop",
                "hibernate.auto_quote_keyword", "true",
                "hibernate.column_ordering_strategy", "legacy"));
        assertThat(prod.logging().level()).isEqualTo("WARN");
        assertThat(prod.logging().loggers()).containsEntry("org.hibernate", "DEBUG");

        Settings dev = load(file, Map.of("QUARKUS_PROFILE", "dev"), null);
        assertThat(dev.database().url()).isEqualTo("jdbc:postgresql://base/shop");
        assertThat(dev.database().user()).isEqualTo("dev-user");

        Settings fromEnvironment = load(file, Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://env/shop",
                "_PROD_QUARKUS_DATASOURCE_USERNAME", "env-prod-user"), null);
        assertThat(fromEnvironment.database().url()).as("%prod. in the file wins over the unprofiled variable")
                .isEqualTo("jdbc:postgresql://prod/shop");
        assertThat(fromEnvironment.database().user()).isEqualTo("env-prod-user");
        assertThat(load(file, Map.of("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://env/shop"), "staging")
                .database().url()).isEqualTo("jdbc:postgresql://env/shop");
    }

    @Test
    void quarkusSingleTransactionFollowsTheProfile() {
        Path file = write(resources().resolve("application.properties"),
                "quarkus.datasource.jdbc.url=jdbc:postgresql://base/shop",
                "ws-migrate.package=com.example.shop",
                "ws-migrate.single-transaction=false",
                "%prod.ws-migrate.single-transaction=true");

        assertThat(load(file, Map.of(), null).migrations().singleTransaction()).as("prod, Quarkus' default").isTrue();
        assertThat(load(file, Map.of("QUARKUS_PROFILE", "dev"), null).migrations().singleTransaction()).isFalse();
        assertThatThrownBy(() -> load(file, Map.of("WS_MIGRATE_SINGLE_TRANSACTION", "sometimes"), "dev"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file.normalize() + ": WS_MIGRATE_SINGLE_TRANSACTION (environment) must be true or false,"
                        + " not text");
    }
    @Test
    void quarkusReactiveUrlServesWhenThereIsNoJdbcUrl() {
        Path file = write(resources().resolve("application.properties"),
                "quarkus.datasource.db-kind=postgresql",
                "quarkus.datasource.reactive.url=vertx-reactive:postgresql://app:Reactive-Pw-1@db:5432/heroes",
                "%staging.quarkus.datasource.username=staging-user",
                "%other.quarkus.datasource.jdbc.url=jdbc:postgresql://jdbc-host/heroes",
                "%several.quarkus.datasource.reactive.url=postgresql://a/heroes,postgresql://b/heroes",
                "%comma.quarkus.datasource.reactive.url=postgresql://app:a\\\\,b@db/heroes",
                "ws-migrate.package=com.example.heroes");

        Settings prod = load(file, Map.of(), null);
        assertThat(prod.database().url()).isEqualTo("jdbc:postgresql://db:5432/heroes");
        assertThat(prod.database().user()).isEqualTo("app");
        assertThat(prod.database().password()).isEqualTo("Reactive-Pw-1");
        assertThat(Secrets.maskRemembered("password Reactive-Pw-1")).isEqualTo("password ****");
        assertThat(load(file, Map.of(), "staging").database().user()).as("username wins over the URI's")
                .isEqualTo("staging-user");
        assertThat(load(file, Map.of(), "other").database().url()).as("the JDBC URL wins")
                .isEqualTo("jdbc:postgresql://jdbc-host/heroes");
        assertThat(load(file, Map.of(), "comma").database().password()).as("SmallRye's escaped comma")
                .isEqualTo("a,b");
        assertThatThrownBy(() -> load(file, Map.of(), "several"))
                .isInstanceOf(ConfigException.class)
                .hasMessage(file.normalize() + ":5: %several.quarkus.datasource.reactive.url lists several servers,"
                        + " which ws-migrate does not choose between; set quarkus.datasource.jdbc.url to the one to"
                        + " migrate");
    }

    @Test
    void quarkusDevAndTestProfilesWithoutUrlGetAnEmbeddedPostgresWhereDevServicesWouldStartOne() {
        Path file = write(resources().resolve("application.properties"),
                "quarkus.datasource.db-kind=postgresql",
                "%prod.quarkus.datasource.jdbc.url=jdbc:postgresql://db/heroes",
                "%pinned.quarkus.datasource.devservices.image-name=docker.io/library/postgres:16.4-alpine",
                "%old.quarkus.datasource.devservices.image-name=postgres:13",
                "%timescale.quarkus.datasource.devservices.image-name=timescale/timescaledb:2.14.2-pg17",
                "%vector.quarkus.datasource.devservices.image-name=pgvector/pgvector:pg16",
                "%postgis.quarkus.datasource.devservices.image-name=postgis/postgis:18-3.6",
                "%other.quarkus.datasource.devservices.image-name=registry:5000/team/db:2.1",
                "%latest.quarkus.datasource.devservices.image-name=postgres:latest",
                "%off.quarkus.devservices.enabled=false",
                "%offhere.quarkus.datasource.devservices.enabled=false",
                "ws-migrate.package=com.example.heroes");

        Settings dev = load(file, Map.of(), "dev");
        assertThat(dev.database().url()).isEqualTo("embedded");
        assertThat(dev.database().embeddedDataDir(dev.projectDir()))
                .isEqualTo(dir.toAbsolutePath().normalize().resolve(".ws-migrate/pgdata"));
        assertThat(dev.notes()).anySatisfy(note -> assertThat(note)
                .endsWith("no quarkus.datasource.jdbc.url in profile dev; where Quarkus's Dev Services start a"
                        + " PostgreSQL container, ws-migrate uses embedded, a PostgreSQL it starts itself (data in"
                        + " .ws-migrate/pgdata)"));
        assertThat(load(file, Map.of("QUARKUS_PROFILE", "test"), null).database().url()).isEqualTo("embedded");
        assertThat(load(file, Map.of(), "dev,pinned").database().url()).isEqualTo("embedded:16");
        assertThat(load(file, Map.of(), "test,latest").database().url()).isEqualTo("embedded");
        assertThat(load(file, Map.of(), "dev,timescale").database().url()).isEqualTo("embedded:17");
        assertThat(load(file, Map.of(), "dev,vector").database().url()).isEqualTo("embedded:16");
        assertThat(load(file, Map.of(), "dev,postgis").database().url()).isEqualTo("embedded:18");
        assertThat(load(file, Map.of(), "dev,other").database().url()).as("no major named").isEqualTo("embedded");
        assertThat(load(file, Map.of(), null).database().url()).isEqualTo("jdbc:postgresql://db/heroes");
        assertThatThrownBy(() -> load(file, Map.of(), "dev,old"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file.normalize() + ":4: %old.quarkus.datasource.devservices.image-name is"
                        + " PostgreSQL"
                        + " 13, and ws-migrate starts PostgreSQL 14 to 18");
        for (String profile : List.of("dev,off", "dev,offhere", "staging")) {
            assertThatThrownBy(() -> load(file, Map.of(), profile)).as(profile)
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith(file.normalize() + ": missing quarkus.datasource.jdbc.url for the active"
                            + " profile");
        }
        Path mysql = write(dir.resolve("other/src/main/resources/application.properties"),
                "quarkus.datasource.db-kind=mysql", "ws-migrate.package=com.example.heroes");
        assertThatThrownBy(() -> load(mysql, Map.of(), "dev")).isInstanceOf(ConfigException.class)
                .hasMessageContaining("missing quarkus.datasource.jdbc.url");
    }
}
