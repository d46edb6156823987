package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ws-migrate's stand-in for Spring Boot's implicit naming strategy names every table, column and
 * constraint exactly as Spring Boot's own class does: the same entities, booted once with Spring
 * Boot's jar on the classpath (its class is used) and once without (the stand-in is used).
 */
class SpringNamingTest {
    private static final String PACKAGE = "io.wsmigrate.autogen.fixtures.springboot";
    private static final Map<String, String> SPRING_DEFAULTS = Map.of(
            "hibernate.implicit_naming_strategy", "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy",
            "hibernate.physical_naming_strategy", "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");

    @Test
    void standInNamesEverythingAsSpringBootsOwnStrategy() throws Exception {
        Path springBoot = springBootJar();
        SchemaModel withSpring = schema(List.of(testClasses(), springBoot));
        SchemaModel withStandIn = schema(List.of(testClasses()));

        assertThat(withStandIn).isEqualTo(withSpring);
        assertThat(withSpring.tables()).extracting(table -> table.name().name())
                .contains("customer_order", "customer_order_extra_tags", "product_tag");
        Table joinTable = withSpring.tables().stream()
                .filter(table -> table.name().name().equals("customer_order_extra_tags")).findFirst().orElseThrow();
        assertThat(joinTable.columns()).extracting(column -> column.name()).contains("customer_order_id", "extra_tags_id");
    }

    @Test
    void springBootsClassIsUsedWhenTheClasspathHasIt() throws Exception {
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(
                new java.net.URL[] {springBootJar().toUri().toURL()}, getClass().getClassLoader())) {
            Map<String, Object> settings = new java.util.HashMap<>(SPRING_DEFAULTS);
            SpringNaming.substitute(settings, loader);
            assertThat(settings.get("hibernate.implicit_naming_strategy")).isEqualTo(SPRING_DEFAULTS.get(
                    "hibernate.implicit_naming_strategy"));
        }
        Map<String, Object> settings = new java.util.HashMap<>(SPRING_DEFAULTS);
        SpringNaming.substitute(settings, getClass().getClassLoader());
        assertThat(settings.get("hibernate.implicit_naming_strategy")).isInstanceOf(SpringImplicitNaming.class);
    }

    private static SchemaModel schema(List<Path> classpath) {
        try (EntityModel model = EntityModelLoader.load(new EntitySource(classpath, List.of(PACKAGE), true, SPRING_DEFAULTS))) {
            return model.schema();
        }
    }

    /** Spring Boot 3.3's jar, copied by the build (pom.xml): the reference the stand-in is checked against. */
    private static Path springBootJar() {
        Path jar = Path.of("target", "spring-boot", "spring-boot-3.3.0.jar").toAbsolutePath();
        assertThat(jar).as("Spring Boot's jar, the reference for its naming strategy").exists();
        return jar;
    }

    private static Path testClasses() throws URISyntaxException {
        return Path.of(SpringNamingTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }
}
