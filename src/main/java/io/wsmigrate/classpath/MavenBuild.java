package io.wsmigrate.classpath;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks the project's Maven (its {@code mvnw}, else {@code mvn} on the PATH) for every resolved
 * dependency with its scope, and keeps those an application compiles and runs with (compile,
 * provided, system, runtime; not test), after {@code target/classes}. One Maven run gives all four
 * scopes, which {@code dependency:build-classpath} cannot.
 */
final class MavenBuild implements BuildTool {
    /** Pinned: the output format below is this version's; an unpinned goal would look for the newest. */
    private static final String LIST_GOAL = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:list";
    private static final Set<String> APPLICATION_SCOPES = Set.of("compile", "provided", "system", "runtime");
    /** {@code group:artifact:type[:classifier]:version:scope:/path/to.jar[ -- module name]} */
    private static final Pattern RESOLVED = Pattern.compile(
            "^\\s*[^:\\s]+:[^:\\s]+:[^:\\s]+(?::[^:\\s]+)?:[^:\\s]+:(compile|provided|system|runtime|test):(.+?)"
                    + "(?: -- module .*)?$");

    @Override
    public String displayName() {
        return "Maven";
    }

    @Override
    public List<Path> buildFiles(Path projectDir) {
        return List.of(projectDir.resolve("pom.xml"), projectDir.resolve(".mvn/maven.config"));
    }

    @Override
    public String whyNotAsked(Path projectDir) {
        return Files.isRegularFile(projectDir.resolve("pom.xml")) ? null
                : "classpath: maven, but " + projectDir + " has no pom.xml; set migrations.project_dir to the Maven"
                        + " project's folder, or list the classpath entries";
    }

    @Override
    public String program(Path projectDir) {
        Path wrapper = projectDir.resolve(windows() ? "mvnw.cmd" : "mvnw");
        return Files.isExecutable(wrapper) ? wrapper.toString() : windows() ? "mvn.cmd" : "mvn";
    }

    @Override
    public List<String> command(Path projectDir, Path answer, Path work) {
        return List.of(program(projectDir), "-B", "-q", "-f", projectDir.resolve("pom.xml").toString(), LIST_GOAL,
                "-DoutputFile=" + answer, "-DoutputAbsoluteArtifactFilename=true", "-DincludeScope=test",
                "-DappendOutput=false");
    }

    @Override
    public List<Path> read(Path projectDir, Path answer) throws IOException {
        List<Path> entries = new ArrayList<>();
        entries.add(projectDir.resolve("target/classes"));
        for (String line : Files.readAllLines(answer, StandardCharsets.UTF_8)) {
            Matcher matcher = RESOLVED.matcher(line);
            if (matcher.matches() && APPLICATION_SCOPES.contains(matcher.group(1))) {
                Path file = Path.of(matcher.group(2).strip());
                if (ClasspathEntries.isJar(file) || Files.isDirectory(file)) {
                    entries.add(file);
                }
            }
        }
        return entries;
    }

    static boolean windows() {
        return File.separatorChar == '\\';
    }
}
