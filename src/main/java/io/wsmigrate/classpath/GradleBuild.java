package io.wsmigrate.classpath;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Asks the project's Gradle wrapper, through an init script that adds one task to the root project,
 * for the main source set's class folders, compile classpath and runtime classpath. Only a wrapper is
 * used: it pins the Gradle version the project is built with.
 */
final class GradleBuild implements BuildTool {
    static final String TASK = "wsMigrateClasspath";
    private static final String INIT_SCRIPT = """
            // written by ws-migrate: prints the main source set's classpath into the file it is given
            rootProject {
                tasks.register('%1$s') {
                    doLast {
                        def main = project.extensions.getByName('sourceSets').getByName('main')
                        def lines = main.output.classesDirs.files.collect { 'classes\\t' + it.absolutePath }
                        def libraries = new LinkedHashSet<File>(main.compileClasspath.files)
                        libraries.addAll(main.runtimeClasspath.files)
                        lines.addAll(libraries.collect { 'library\\t' + it.absolutePath })
                        new File(project.property('wsMigrateAnswer').toString()).setText(lines.join('\\n'), 'UTF-8')
                    }
                }
            }
            """.formatted(TASK);

    @Override
    public String displayName() {
        return "Gradle";
    }

    @Override
    public List<Path> buildFiles(Path projectDir) {
        List<Path> files = new ArrayList<>();
        for (String name : List.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts",
                "gradle.properties", "gradle/libs.versions.toml", "gradle/wrapper/gradle-wrapper.properties")) {
            files.add(projectDir.resolve(name));
        }
        return files;
    }

    @Override
    public String whyNotAsked(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve(wrapperName())) ? null
                : "classpath: gradle needs the project's Gradle wrapper, but " + projectDir + " has no " + wrapperName()
                        + "; add it (gradle wrapper), set migrations.project_dir to the Gradle project's folder,"
                        + " or list the classpath entries";
    }

    @Override
    public String program(Path projectDir) {
        return projectDir.resolve(wrapperName()).toString();
    }

    @Override
    public List<String> command(Path projectDir, Path answer, Path work) throws IOException {
        Path script = work.resolve("ws-migrate-classpath.gradle");
        Files.writeString(script, INIT_SCRIPT, StandardCharsets.UTF_8);
        return List.of(program(projectDir), "-q", "--console=plain", "--init-script", script.toString(),
                "-PwsMigrateAnswer=" + answer, TASK);
    }

    @Override
    public List<Path> read(Path projectDir, Path answer) throws IOException {
        List<Path> entries = new ArrayList<>();
        for (String line : Files.readAllLines(answer, StandardCharsets.UTF_8)) {
            int tab = line.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            Path file = Path.of(line.substring(tab + 1).strip());
            // class folders even before the first build (the scan then says to build); libraries that exist
            boolean classes = line.startsWith("classes");
            if (classes || ClasspathEntries.isJar(file) && Files.isRegularFile(file) || Files.isDirectory(file)) {
                entries.add(file);
            }
        }
        return entries;
    }

    private static String wrapperName() {
        return MavenBuild.windows() ? "gradlew.bat" : "gradlew";
    }
}
