package io.wsmigrate.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles a page's Java examples in-process against the test classpath (ws-migrate, Hibernate, JPA). */
final class JavaSources {
    private JavaSources() {
    }

    /** Compiles {@code source} into {@code output}, with {@code extraClasspath} before the test classpath. */
    static void compile(Path source, Path output, List<Path> extraClasspath, String where) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new AssertionError("the doc tests need a JDK (javax.tools), not a JRE");
        }
        List<String> classpath = new ArrayList<>();
        extraClasspath.forEach(p -> classpath.add(p.toString()));
        classpath.add(testClasspath());
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, Locale.ROOT, null)) {
            Files.createDirectories(output);
            List<String> options = List.of("-d", output.toString(), "-classpath",
                    String.join(File.pathSeparator, classpath), "-proc:none", "--release", "17", "-nowarn");
            boolean ok = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjects(source.toFile())).call();
            if (!ok) {
                String errors = diagnostics.getDiagnostics().stream()
                        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                        .map(d -> "line " + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
                        .collect(Collectors.joining("\n  "));
                throw new AssertionError(where + ": the Java example does not compile:\n  " + errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Surefire runs tests from a manifest-only jar; the real classpath is in its own property. */
    private static String testClasspath() {
        String surefire = System.getProperty("surefire.test.class.path");
        return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
    }
}
