package io.wsmigrate.maven;

import io.wsmigrate.command.AutogenerateCommands;
import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import io.wsmigrate.command.Project;
import io.wsmigrate.compare.CompareResult;
import java.util.Locale;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;

/**
 * {@code mvn ws-migrate:check}, bound to {@code verify} by default: fails the build when the
 * entities differ from what the revisions create, that is, when an entity changed and no revision
 * was written. By default it compares with the scripts replayed into a throwaway embedded
 * PostgreSQL, so the build needs no database; {@code -Dws-migrate.against=database} compares with
 * the configured one.
 */
public final class CheckMojo extends WsMigrateMojo {
    /** {@code ws-migrate.against}: scripts (default) or database. */
    String against;

    @Override
    void run(Project project) throws MojoFailureException {
        Against source = source();
        CompareResult result = new AutogenerateCommands(project)
                .check(new DiffOptions(source, false, Map.of(), false, false));
        String other = source == Against.SCRIPTS ? "the revisions" : "the database";
        if (result.isEmpty()) {
            getLog().info("No differences: the entities match " + other + ".");
            return;
        }
        result.differences().forEach(line -> getLog().error("  - " + line));
        throw new MojoFailureException(result.differences().size() + " difference(s) between the entities and "
                + other + "; write a revision: mvn ws-migrate:revision -Dmessage=\"...\"");
    }

    private Against source() throws MojoFailureException {
        String written = against == null ? "scripts" : against.strip();
        try {
            return Against.valueOf(written.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("ws-migrate.against is '" + written + "'; use scripts or database", e);
        }
    }
}
