package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Entities that exist only in a jar without directory entries, unknown to the test's own class path. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JarLoadingTest {
    private Path jar;

    @BeforeAll
    void buildJar(@TempDir Path tempDir) throws IOException {
        Path classes = JarFixture.compile(tempDir, Map.of(
                "jarred.Gadget", "package jarred; import jakarta.persistence.*; @Entity public class Gadget {"
                        + " @Id Long id; @Column(nullable = false, length = 30) String label; }",
                "jarred.Helper", "package jarred; public class Helper { }",
                "jarred.naming.Prefixed", "package jarred.naming;"
                        + " import org.hibernate.boot.model.naming.*; import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;"
                        + " public class Prefixed extends PhysicalNamingStrategyStandardImpl {"
                        + " @Override public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment env) {"
                        + " return Identifier.toIdentifier(\"app_\" + name.getText()); } }",
                "jarred.deep.Widget", "package jarred.deep; import jakarta.persistence.*; @Entity public class Widget {"
                        + " @Id Long id; @ManyToOne jarred.Gadget gadget; }"));
        jar = JarFixture.jarWithoutDirectoryEntries(classes, tempDir.resolve("gadgets.jar"), name -> true);
    }

    @Test
    void entitiesAreLoadedFromAJarWithoutDirectoryEntries() throws IOException {
        assertThat(JarFixture.entryNames(jar)).noneMatch(name -> name.endsWith("/"));

        try (EntityModel model = EntityModelLoader.load(new EntitySource(List.of(jar), List.of("jarred"), false, Map.of()))) {
            assertThat(model.entityNames()).containsExactly("Gadget");
            assertThat(model.schema().table(QualifiedName.of("gadget")).orElseThrow().columns())
                    .containsExactly(Column.of("id", "bigint", false), Column.of("label", "character varying(30)", false));
        }
    }

    @Test
    void aNamingStrategyThatExistsOnlyInTheProjectJarIsFoundAndApplied() {
        EntitySource source = new EntitySource(List.of(jar), List.of("jarred"), false,
                Map.of("hibernate.physical_naming_strategy", "jarred.naming.Prefixed"));

        try (EntityModel model = EntityModelLoader.load(source)) {
            assertThat(model.tableNames()).containsExactly(QualifiedName.of("app_gadget"));
        }
    }

    @Test
    void subpackagesOfAJarAreScannedWhenAsked() {
        try (EntityModel model = EntityModelLoader.load(new EntitySource(List.of(jar), List.of("jarred"), true, Map.of()))) {
            assertThat(model.entityNames()).containsExactly("Gadget", "Widget");
            assertThat(model.schema().table(QualifiedName.of("widget")).orElseThrow().foreignKeys())
                    .singleElement().satisfies(key -> assertThat(key.referencedTable()).isEqualTo(QualifiedName.of("gadget")));
        }
    }
}
