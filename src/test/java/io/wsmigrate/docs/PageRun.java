package io.wsmigrate.docs;

import io.wsmigrate.cli.DocsCli;
import io.wsmigrate.docs.DocPage.Block;
import io.wsmigrate.docs.DocPage.Directive;
import io.wsmigrate.docs.DocPage.Element;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import picocli.CommandLine;

/**
 * Runs one page top to bottom. Blocks that name a file (title or {@code <!-- file: -->}) are written
 * into the project: settings files under {@code config/} are then loaded to prove them valid, Java
 * entities under {@code src/sample/java} are compiled into the sample's classes. Console blocks run
 * (see {@link ConsoleRunner}). {@code norun} blocks are still checked as far as possible: their
 * {@code ws-migrate} command lines must parse, their YAML must be YAML. Directives:
 * <ul>
 *   <li>{@code reset} / {@code reset bare}: a new copy of the sample (bare: no {@code migrations/})
 *       on new databases;</li>
 *   <li>{@code other-session migration-lock}: another session holds the package's migration lock;</li>
 *   <li>{@code other-session lock-table TABLE}: another session's open transaction reads TABLE;</li>
 *   <li>{@code other-session end}: that session ends;</li>
 *   <li>{@code shop-as-library JAR}: the sample shop becomes a library in JAR, its classes and scripts
 *       folder inside, gone from the project folder (see {@link DocProject#shopAsLibrary});</li>
 *   <li>{@code needs PROGRAM...}: the rest of the page is skipped where a program (psql, pg_dump)
 *       is not on {@code PATH}.</li>
 * </ul>
 */
final class PageRun implements AutoCloseable {
    private static final Pattern COMPILATION_UNIT = Pattern.compile("(?m)^(public\\s+)?(final\\s+)?class\\s");
    private final DocPage page;
    private final Path repository;
    private DocProject project;
    private ConsoleRunner console;
    private OtherSession other;

    PageRun(DocPage page, Path repository) {
        this.page = page;
        this.repository = repository;
    }

    void run() {
        for (Element element : page.elements()) {
            if (element instanceof Directive directive) {
                directive(directive);
            } else {
                block((Block) element);
            }
        }
    }

    private void directive(Directive directive) {
        List<String> words = directive.words();
        String where = page.where(directive.line());
        switch (words.get(0)) {
            case "reset" -> reset(words.contains("bare"));
            case "shop-as-library" -> project().shopAsLibrary(words.get(1));
            case "other-session" -> otherSession(words.subList(1, words.size()), where);
            case "needs" -> words.subList(1, words.size()).forEach(program -> Assumptions.assumeTrue(onPath(program),
                    page.where(directive.line()) + ": " + program + " is not on PATH; the rest of the page is skipped"));
            default -> throw new AssertionError(where + ": unknown doctest directive: " + directive.text());
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(folder -> Files.isExecutable(Path.of(folder, program)));
    }

    private void otherSession(List<String> words, String where) {
        if (words.equals(List.of("end"))) {
            endOtherSession();
            return;
        }
        other = OtherSession.open(project().development());
        if (words.equals(List.of("migration-lock"))) {
            other.holdMigrationLock(project().loadSettings("config/development.yaml", console.environment())
                    .migrations().effectiveVersionTable());
        } else if (words.size() == 2 && words.get(0).equals("lock-table")) {
            other.holdTable(words.get(1));
        } else {
            throw new AssertionError(where + ": other-session takes migration-lock, lock-table TABLE or end");
        }
    }

    private void block(Block block) {
        String where = page.where(block.line());
        if (block.language().equals("console")) {
            List<ConsoleStep> steps = ConsoleStep.parse(block.body(), block.line() + 1, page);
            if (block.norun()) {
                steps.forEach(step -> parseOnly(step, page.where(step.line())));
            } else if (!steps.isEmpty()) {
                project();
                console.run(steps);
            }
        } else if (block.path() != null && !block.norun()) {
            writeFile(block, where);
        } else if (block.language().equals("yaml") || block.language().equals("yml")) {
            yamlSyntax(block.text(), where);
        } else if (block.language().equals("java") && !block.norun() && COMPILATION_UNIT.matcher(block.text()).find()) {
            Path source = project().resolve("build/examples/" + className(block.text(), where) + ".java");
            project().write(project().root().relativize(source).toString(), block.text());
            JavaSources.compile(source, project().resolve("build/examples/classes"), List.of(), where);
        }
    }

    private void writeFile(Block block, String where) {
        DocProject p = project();
        String path = console.withNames(block.path(), where);
        p.write(path, console.withNames(block.text(), where));
        if (path.startsWith("config/") && path.matches(".*\\.ya?ml")) {
            try {
                p.loadSettings(path, console.environment());
            } catch (RuntimeException e) {
                throw new AssertionError(where + ": settings example " + path + " does not load: "
                        + e.getMessage(), e);
            }
        }
        if (path.startsWith("src/sample/java/") && path.endsWith(".java")) {
            Path classes = p.resolve("target/sample-classes");
            List<Path> classpath = new ArrayList<>(List.of(classes));
            classpath.addAll(ProjectFiles.expand(p, "lib/*.jar"));
            JavaSources.compile(p.resolve(path), classes, classpath, where);
        } else if (path.endsWith(".java")) {
            JavaSources.compile(p.resolve(path), p.resolve("build/examples/classes"), List.of(), where);
        }
    }

    /** A command that cannot run here must still be one ws-migrate accepts. */
    private static void parseOnly(ConsoleStep step, String where) {
        if (step.isComment()) {
            return;
        }
        ShellWords words = ShellWords.split(step.command().replaceAll("<rev:[A-Za-z0-9_-]+>", "0123456789ab"));
        if (!words.program().equals("ws-migrate") && !words.program().equals("bin/ws-migrate")) {
            return;
        }
        try {
            DocsCli.commandLine().parseArgs(words.arguments().toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new AssertionError(where + ": `" + step.command() + "` is not a valid ws-migrate command line: "
                    + e.getMessage());
        }
    }

    private static void yamlSyntax(String text, String where) {
        try {
            new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text).forEach(document -> { });
        } catch (RuntimeException e) {
            throw new AssertionError(where + ": YAML example does not parse: " + e.getMessage(), e);
        }
    }

    private static String className(String source, String where) {
        Matcher m = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+)?class\\s+(\\w+)").matcher(source);
        if (!m.find()) {
            throw new AssertionError(where + ": no class name in the Java example");
        }
        return m.group(1);
    }

    private DocProject project() {
        if (project == null) {
            reset(false);
        }
        return project;
    }

    private void reset(boolean bare) {
        close();
        long started = System.nanoTime();
        project = DocProject.copyOfSample(repository, bare);
        Timing.report(started, page.where(1) + " new project and databases");
        console = new ConsoleRunner(project, page);
    }

    private void endOtherSession() {
        if (other != null) {
            other.close();
            other = null;
        }
    }

    @Override
    public void close() {
        endOtherSession();
        if (project != null) {
            project.close();
            project = null;
        }
    }

    static List<Path> pages(Path repository) {
        List<Path> pages = new ArrayList<>();
        pages.add(repository.resolve("README.md"));
        try (Stream<Path> files = Files.walk(repository.resolve("docs"))) {
            files.filter(f -> f.toString().endsWith(".md")).sorted().forEach(pages::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pages;
    }
}
