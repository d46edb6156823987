package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.Entity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles entity sources that are not on the test classpath and packs them into a jar that has
 * file entries only (no directory entries), as some build tools write them.
 */
public final class JarFixture {
    private JarFixture() {
    }

    /** Compiles {@code sources} (binary class name → source text) against JPA and Hibernate annotations. */
    public static Path compile(Path workDir, Map<String, String> sources) throws IOException {
        Path sourceDir = Files.createDirectories(workDir.resolve("src"));
        Path classesDir = Files.createDirectories(workDir.resolve("classes"));
        List<String> arguments = new ArrayList<>(List.of("-d", classesDir.toString(), "-classpath",
                codeSource(Entity.class) + java.io.File.pathSeparator + codeSource(org.hibernate.annotations.Comment.class),
                "-proc:none", "-nowarn"));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceDir.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
        return classesDir;
    }

    /** A jar of the class files under {@code classesDir} whose entry names pass {@code include}; no directory entries. */
    public static Path jarWithoutDirectoryEntries(Path classesDir, Path jar, Predicate<String> include) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classesDir)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                String name = classesDir.relativize(file).toString().replace(java.io.File.separatorChar, '/');
                if (include.test(name)) {
                    jarOut.putNextEntry(new JarEntry(name));
                    jarOut.write(Files.readAllBytes(file));
                    jarOut.closeEntry();
                }
            }
        }
        return jar;
    }

    static List<String> entryNames(Path jar) throws IOException {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName).toList();
        }
    }

    private static String codeSource(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
