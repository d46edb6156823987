package io.wsmigrate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * Installs this build (its {@code target/classes} as a jar, and its pom) into the local Maven
 * repository, as {@code mvn install} would, so that a child Maven run offline finds the plugin.
 */
final class PluginInstall {
    private static final Path CLASSES = Path.of("target/classes");

    private PluginInstall() {
    }

    static String version() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(CLASSES.resolve("io/wsmigrate/version.properties"))) {
            properties.load(in);
        }
        return properties.getProperty("version");
    }

    static synchronized void installThisBuild() throws IOException {
        String version = version();
        String localRepository = System.getProperty("maven.repo.local",
                Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        Path folder = Path.of(localRepository, "io", "wsmigrate", "ws-migrate", version);
        Files.createDirectories(folder);
        Path jar = folder.resolve("ws-migrate-" + version + ".jar");
        Path temporary = Files.createTempFile(folder, "ws-migrate-", ".jar.tmp");
        try (OutputStream out = Files.newOutputStream(temporary); JarOutputStream jarOut = new JarOutputStream(out);
             Stream<Path> files = Files.walk(CLASSES)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile).sorted()::iterator) {
                jarOut.putNextEntry(new JarEntry(CLASSES.relativize(file).toString().replace('\\', '/')));
                jarOut.write(Files.readAllBytes(file));
                jarOut.closeEntry();
            }
        }
        Files.move(temporary, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("pom.xml"), folder.resolve("ws-migrate-" + version + ".pom"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
