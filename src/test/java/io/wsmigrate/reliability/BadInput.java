package io.wsmigrate.reliability;

import io.wsmigrate.ExitCode;
import io.wsmigrate.testing.TestProject;
import java.util.List;
import java.util.function.Consumer;

/**
 * One malformed input of the catalog: how to build it, the command line that meets it, and what
 * the user must see. {@code {root}} in an argument stands for the sandbox folder. A case marked
 * {@code warning} expects a one-line {@code WARNING:} and success instead of an {@code ERROR:}.
 */
record BadInput(String area, String name, boolean needsDatabase, Consumer<TestProject> setup, List<String> args,
                ExitCode exitCode, List<String> fragments, boolean warning) {

    static Builder settings(String name) {
        return new Builder("settings", name);
    }

    static Builder scripts(String name) {
        return new Builder("scripts", name);
    }

    static Builder classpath(String name) {
        return new Builder("classpath", name);
    }

    static Builder commandLine(String name) {
        return new Builder("command line", name);
    }

    /** The line stderr must start with. */
    String prefix() {
        return warning ? "WARNING: " : "ERROR: ";
    }

    @Override
    public String toString() {
        return area + ": " + name;
    }

    /** Reads as a sentence: {@code settings("...").given(...).run("heads").fails(CONFIG, "app.yaml:3")}. */
    static final class Builder {
        private final String area;
        private final String name;
        private boolean database;
        private Consumer<TestProject> setup = sandbox -> { };
        private List<String> args = List.of();

        private Builder(String area, String name) {
            this.area = area;
            this.name = name;
        }

        /** The case needs a fresh database (created before {@code setup} runs). */
        Builder withDatabase() {
            database = true;
            return this;
        }

        /** Adds a setup step; steps run in the order given. */
        Builder given(Consumer<TestProject> step) {
            setup = setup.andThen(step);
            return this;
        }

        /** Shorthand for a settings file with these lines. */
        Builder settingsFile(String... lines) {
            return given(sandbox -> sandbox.settingsLines(lines));
        }

        Builder run(String... newArgs) {
            args = List.of(newArgs);
            return this;
        }

        BadInput fails(ExitCode code, String... fragments) {
            return new BadInput(area, name, database, setup, args, code, List.of(fragments), false);
        }

        BadInput warns(String... fragments) {
            return new BadInput(area, name, database, setup, args, ExitCode.OK, List.of(fragments), true);
        }
    }
}
