package io.wsmigrate.maven;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.Project;
import io.wsmigrate.config.Secrets;
import io.wsmigrate.config.Settings;
import io.wsmigrate.config.SettingsLoader;
import java.io.File;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What every goal shares: the settings file, the project's classpath in place of
 * {@code migrations.classpath}, and errors as Maven expects them. A ws-migrate error (bad settings,
 * a revision that failed) fails the build with its one line; anything else is Maven's build error.
 * Maven sets the fields from {@code plugin.xml}.
 */
abstract class WsMigrateMojo extends AbstractMojo {
    /** The settings file ({@code ws-migrate.settings}); null for {@link DefaultSettingsFile}'s lookup. */
    File settings;
    /** The project's folder ({@code project.basedir}). */
    File projectDir;
    /** The project's compile classpath: its classes folder, then compile, provided and system dependencies. */
    List<String> compileClasspathElements;
    /** The project's runtime classpath: its classes folder, then compile and runtime dependencies. */
    List<String> runtimeClasspathElements;
    /** {@code ws-migrate.skip}: do nothing (say, for a module without entities). */
    boolean skip;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        Secrets.beginRun(System.getenv()); // a daemon's earlier build must not mask or leak into this one
        if (skip) {
            getLog().info("ws-migrate is skipped (ws-migrate.skip)");
            return;
        }
        Path settingsFile = settings != null ? settings.toPath() : DefaultSettingsFile.find(projectDir.toPath());
        if (settingsFile == null) {
            throw new MojoFailureException(DefaultSettingsFile.missing(projectDir.toPath()));
        }
        Settings loaded;
        try {
            loaded = new SettingsLoader().load(settingsFile, System.getenv(), getClass().getClassLoader());
        } catch (WsMigrateException e) {
            throw failure(e);
        }
        Settings withClasspath = loaded.withMigrations(loaded.migrations().withClasspath(classpath()));
        try (Project project = new Project(withClasspath, System.getenv(), Clock.systemUTC())) {
            run(project);
        } catch (MojoFailureException e) {
            Throwable masked = MaskedError.of(e);
            throw new MojoFailureException(masked.getMessage(), masked.getCause());
        } catch (WsMigrateException e) {
            throw failure(e);
        } catch (RuntimeException e) {
            Throwable masked = MaskedError.of(e);
            throw new MojoExecutionException("ws-migrate failed: " + masked, masked);
        }
    }

    /** Maven's log, masking the run's secrets. */
    @Override
    public Log getLog() {
        return new MaskingLog(super.getLog());
    }

    private static MojoFailureException failure(WsMigrateException e) {
        Throwable masked = MaskedError.of(e);
        return new MojoFailureException(masked.getMessage(), masked);
    }

    /** The goal's work; throws {@link MojoFailureException} for an outcome that must fail the build. */
    abstract void run(Project project) throws MojoFailureException;

    /** Compile and runtime classpath together, classes folder first: what the application compiles and runs with. */
    private List<Path> classpath() {
        Set<Path> entries = new LinkedHashSet<>();
        for (List<String> elements : List.of(nullSafe(compileClasspathElements), nullSafe(runtimeClasspathElements))) {
            elements.forEach(element -> entries.add(Path.of(element)));
        }
        return List.copyOf(entries);
    }

    private static List<String> nullSafe(List<String> elements) {
        return elements == null ? List.of() : elements;
    }
}
