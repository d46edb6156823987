package io.wsmigrate.reliability;

import static io.wsmigrate.ExitCode.CONFIG;
import static io.wsmigrate.ExitCode.MODEL;
import static io.wsmigrate.reliability.BadInput.classpath;

import io.wsmigrate.entities.JarFixture;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The entity classpath written wrong (issue 14): a glob that matches nothing, a folder of jars, a
 * mistyped package, a class or a naming strategy missing from the classpath, a service the
 * application adds to Hibernate's registry, a build that is not there. Each names what is missing
 * and where to add it, never "fix the mapping".
 */
final class ClasspathCases {
    private static final String ENTITY = "package com.example.shop; @jakarta.persistence.Entity public class Offer"
            + " extends Base { @jakarta.persistence.Id Long id; }";
    private static final String BASE = "package com.example.shop; @jakarta.persistence.MappedSuperclass public class"
            + " Base { }";

    /** An identifier generator that asks for a service, as HAPI FHIR's asks for the one HAPI adds in code. */
    private static final Map<String, String> GENERATOR_NEEDING_A_SERVICE = Map.of(
            "com.example.shop.Massager", "package com.example.shop; public interface Massager extends"
                    + " org.hibernate.service.Service { }",
            "com.example.shop.MassagedGenerator", "package com.example.shop; public class MassagedGenerator extends"
                    + " org.hibernate.id.enhanced.SequenceStyleGenerator { @Override public void configure("
                    + "org.hibernate.generator.GeneratorCreationContext context, java.util.Properties parameters) {"
                    + " context.getServiceRegistry().getService(Massager.class); super.configure(context, parameters); } }",
            "com.example.shop.Offer", "package com.example.shop; @jakarta.persistence.Entity public class Offer {"
                    + " @jakarta.persistence.Id @jakarta.persistence.GeneratedValue(generator = \"massaged\")"
                    + " @org.hibernate.annotations.GenericGenerator(name = \"massaged\", type = MassagedGenerator.class)"
                    + " Long id; }");

    private ClasspathCases() {
    }

    static List<BadInput> all() {
        return List.of(
                classpath("glob matching no jar").withDatabase().settingsFile(withClasspath("[lib/*.jar]"))
                        .given(s -> s.write("lib/readme.md", "no jars yet\n"))
                        .run("revision", "--autogenerate", "-m", "x")
                        .fails(MODEL, "migrations.classpath entry", "lib/*.jar matches no jar or folder",
                                "build the project first or fix the pattern"),
                classpath("folder of jars").withDatabase().settingsFile(withClasspath("[lib]"))
                        .given(s -> s.write("lib/a.jar", new byte[0]))
                        .run("revision", "--autogenerate", "-m", "x")
                        .fails(MODEL, "is a folder of jars with no classes; write ", "lib/*.jar"),
                classpath("maven without a pom").withDatabase().settingsFile(withClasspath("maven"))
                        .run("revision", "--autogenerate", "-m", "x")
                        .fails(CONFIG, "classpath: maven, but ", "has no pom.xml"),
                classpath("mistyped package").withDatabase().settingsFile(withClasspath("[classes]"))
                        .given(s -> compile(s, Map.of("com.example.shop.Offer", ENTITY, "com.example.shop.Base", BASE)))
                        .run("check")
                        .fails(MODEL, "no @Entity classes in " + ReliabilityProjects.SANDBOX_PACKAGE + " or its subpackages on"
                                + " migrations.classpath (1 entry); mapped classes are in com.example.shop:"
                                + " fix migrations.package"),
                classpath("entity class needing a missing class").withDatabase()
                        .settingsFile(withPackage("com.example.shop", "[classes]"))
                        .given(s -> {
                            compile(s, Map.of("com.example.shop.Offer", ENTITY, "com.example.shop.Base", BASE));
                            delete(s, "classes/com/example/shop/Base.class");
                        })
                        .run("check")
                        .fails(MODEL, "cannot load entity class com.example.shop.Offer: it needs"
                                + " com.example.shop.Base, which is not on the classpath; add the jar or folder that"
                                + " holds it to migrations.classpath"),
                classpath("naming strategy not on the classpath").withDatabase()
                        .settingsFile(withHibernate("[classes]", "hibernate.physical_naming_strategy: com.example.Snake"))
                        .given(s -> compile(s, Map.of("com.example.shop.Offer", ENTITY, "com.example.shop.Base", BASE)))
                        .run("check")
                        .fails(MODEL, "the Hibernate setting hibernate.physical_naming_strategy names"
                                + " com.example.Snake, which is not on the classpath; add the jar or folder that holds it"
                                + " to migrations.classpath, or fix the class name"),
                classpath("identifier generator needing a service the application adds").withDatabase()
                        .settingsFile(withPackage("com.example.shop", "[classes]"))
                        .given(s -> compile(s, GENERATOR_NEEDING_A_SERVICE))
                        .run("check")
                        .fails(MODEL, "Unknown service requested [com.example.shop.Massager]; the application adds"
                                + " com.example.shop.Massager to Hibernate's service registry in its own code: put a jar"
                                + " whose ServiceContributor adds it"));
    }

    private static String[] withClasspath(String classpath) {
        return withPackage(ReliabilityProjects.SANDBOX_PACKAGE, classpath);
    }

    private static String[] withPackage(String packageName, String classpath) {
        List<String> lines = new ArrayList<>();
        for (String line : ReliabilityProjects.VALID_SETTINGS) {
            lines.add(line.startsWith("  package:") ? "  package: " + packageName : line);
            if (line.startsWith("  package:")) {
                lines.add("  classpath: " + classpath);
            }
        }
        return lines.toArray(String[]::new);
    }

    private static String[] withHibernate(String classpath, String property) {
        List<String> lines = new ArrayList<>(List.of(withPackage("com.example.shop", classpath)));
        lines.add(lines.indexOf("  location: migrations") + 1, "  hibernate: {" + property + "}");
        return lines.toArray(String[]::new);
    }

    private static void compile(TestProject sandbox, Map<String, String> sources) {
        try {
            JarFixture.compile(sandbox.dir(), sources);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(TestProject sandbox, String relative) {
        try {
            Files.delete(sandbox.dir().resolve(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
