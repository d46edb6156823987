package io.wsmigrate.cli;

import io.wsmigrate.command.ModelCommands;
import io.wsmigrate.command.Project;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code create-table [ENTITY...]}: the seed's "printing out table creation schemas". */
@Command(name = "create-table", mixinStandardHelpOptions = true,
        description = "Print the CREATE TABLE (and index, constraint, sequence) DDL of the package's models, or of "
                + "the named entities or tables, as Hibernate sends it to PostgreSQL. Needs no database.")
final class CreateTableCommand extends Subcommand {
    @Parameters(paramLabel = "ENTITY", arity = "0..*",
            description = "Entity names (Offer), class names, or table names (public.offer); all when omitted.")
    List<String> entities;

    @Override
    int run(Project project) {
        for (String statement : new ModelCommands(project).createTableDdl(entities == null ? List.of() : entities)) {
            out().println(statement + ";");
        }
        return 0;
    }
}
