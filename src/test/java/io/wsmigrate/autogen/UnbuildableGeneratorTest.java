package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelLoader;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.entities.JarFixture;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An identifier generator that asks for a service the application adds to Hibernate's registry in
 * its own code, as HAPI FHIR 8.8's HapiSequenceStyleGenerator asks for ISequenceValueMassager.
 * Hibernate 6.6's metadata build skips a generator it cannot build, and with it the generator's
 * sequence, where the application's SessionFactory fails on it: the trial on HAPI FHIR 8.8 (on its
 * Hibernate 6.6.4) found 17 of its 49 sequences missing from the revision, without a word.
 */
class UnbuildableGeneratorTest {
    private static final String PACKAGE = "com.example.ids";
    private static final String GENERATOR = "package com.example.ids;"
            + " public class MassagedSequenceGenerator extends org.hibernate.id.enhanced.SequenceStyleGenerator {"
            // Hibernate 6.6 calls this one (as HAPI's generator has it), 7 the one below
            + " public void configure(org.hibernate.type.Type type, java.util.Properties parameters,"
            + " org.hibernate.service.ServiceRegistry registry) { registry.getService(Massager.class);"
            + " throw new IllegalStateException(\"this fixture's generator is built by Hibernate 7 only\"); }"
            + " @Override public void configure(org.hibernate.generator.GeneratorCreationContext context,"
            + " java.util.Properties parameters) { context.getServiceRegistry().getService(Massager.class);"
            + " super.configure(context, parameters); } }";
    private static final Map<String, String> SOURCES = Map.of(
            PACKAGE + ".Massager", "package com.example.ids; public interface Massager extends"
                    + " org.hibernate.service.Service { }",
            PACKAGE + ".MassagedSequenceGenerator", GENERATOR,
            PACKAGE + ".MassagerContributor", "package com.example.ids;"
                    + " public class MassagerContributor implements org.hibernate.service.spi.ServiceContributor {"
                    + " public void contribute(org.hibernate.boot.registry.StandardServiceRegistryBuilder builder) {"
                    + " builder.addService(Massager.class, new Massager() { }); } }",
            PACKAGE + ".Observation", "package com.example.ids; import jakarta.persistence.*;"
                    + " @Entity public class Observation { @Id @GeneratedValue(generator = \"massaged\")"
                    + " @org.hibernate.annotations.GenericGenerator(name = \"massaged\", type = MassagedSequenceGenerator.class,"
                    + " parameters = @org.hibernate.annotations.Parameter(name = \"sequence_name\","
                    + " value = \"seq_observation\")) Long id; String code; }");
    private static final String WHAT_TO_DO = "; the application adds " + PACKAGE + ".Massager to Hibernate's service"
            + " registry in its own code: put a jar whose ServiceContributor adds it (named in"
            + " META-INF/services/org.hibernate.service.spi.ServiceContributor) on migrations.classpath";

    @TempDir
    Path tempDir;

    @Test
    void onHibernate66TheGeneratorIsRefusedInsteadOfItsSequenceLeftOut() throws IOException {
        List<Path> classpath = new ArrayList<>(List.of(JarFixture.compile(tempDir, SOURCES)));
        classpath.addAll(ApplicationClasspath.onHibernate66());

        assertThatThrownBy(() -> EntityModelLoader.load(source(classpath)).close())
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessageStartingWith("Hibernate cannot map the entity classes: ")
                .hasMessageContaining(PACKAGE + ".Observation")
                .hasMessageContaining("Unknown service requested [" + PACKAGE + ".Massager]")
                .hasMessageEndingWith(WHAT_TO_DO)
                .message().doesNotContain("\n");
    }

    @Test
    void onWsMigratesHibernateTheSameGeneratorSaysWhereToAddTheService() throws IOException {
        Path classes = JarFixture.compile(tempDir, SOURCES);

        assertThatThrownBy(() -> EntityModelLoader.load(source(List.of(classes))).close())
                .isInstanceOfSatisfying(WsMigrateException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCode.MODEL))
                .hasMessage("Hibernate cannot map the entity classes: Unknown service requested [" + PACKAGE
                        + ".Massager]" + WHAT_TO_DO);
    }

    @Test
    void withTheServiceContributedTheGeneratorsSequenceIsInTheModel() throws IOException {
        Path classes = JarFixture.compile(tempDir, SOURCES);
        Files.writeString(Files.createDirectories(classes.resolve("META-INF/services"))
                .resolve("org.hibernate.service.spi.ServiceContributor"), PACKAGE + ".MassagerContributor\n");

        try (EntityModel model = EntityModelLoader.load(source(List.of(classes)))) {
            assertThat(model.schema().sequences())
                    .containsExactly(new Sequence(QualifiedName.of("seq_observation"), 1, 50));
        }
    }

    private static EntitySource source(List<Path> classpath) {
        return new EntitySource(classpath, List.of(PACKAGE), true, Map.of());
    }
}
