package io.wsmigrate.command;

import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.runtime.VersionTable;
import io.wsmigrate.script.ScriptDirectory;
import io.wsmigrate.speed.CompiledStepCache;
import java.sql.Connection;

/**
 * The parts a {@link Project} holds, for the tests of other packages that work below the command
 * API (the runtime's compiler and migrator, session settings). Outside the tests they are internal:
 * applications use the command classes.
 */
public final class ProjectParts {
    private ProjectParts() {
    }

    public static ScriptDirectory scripts(Project project) {
        return project.scripts();
    }

    public static RevisionMap revisions(Project project) {
        return project.revisions();
    }

    public static VersionTable versionTable(Project project) {
        return project.versionTable();
    }

    public static Connection connection(Project project) {
        return project.connection();
    }

    public static CompiledStepCache compiledSteps(Project project) {
        return project.compiledSteps();
    }
}
