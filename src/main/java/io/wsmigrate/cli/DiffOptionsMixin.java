package io.wsmigrate.cli;

import io.wsmigrate.command.AutogenerateCommands.Against;
import io.wsmigrate.command.AutogenerateCommands.DiffOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of the commands that diff the entities against the schema: autogenerate and check. */
final class DiffOptionsMixin {
    @Option(names = "--against", paramLabel = "SOURCE", defaultValue = "database",
            description = "database: the configured database (must be at head); scripts: the package's revisions "
                    + "replayed into a throwaway embedded PostgreSQL, leaving your database alone.")
    Against against;

    @Option(names = "--all-packages", description = "Compare the entities of every package on the classpath "
            + "(also WS_MIGRATE_ALL_PACKAGES=true or migrations.all_packages), e.g. for cross-package foreign keys.")
    boolean allPackages;

    @Option(names = "--rename", paramLabel = "OLD=NEW", description = "A rename instead of drop + add: "
            + "old_table=new_table, or table.old_column=new_column. Repeatable.")
    List<String> renames;

    @Option(names = "--concurrent-indexes", description = "New indexes on existing tables as CREATE INDEX "
            + "CONCURRENTLY, in a non-transactional revision of their own after the rest.")
    boolean concurrentIndexes;

    @Option(names = "--not-valid-foreign-keys", description = "New foreign keys on existing tables as NOT VALID, "
            + "then VALIDATE in the next revision's transaction, so writes go on while existing rows are checked.")
    boolean notValidForeignKeys;

    DiffOptions options() {
        Map<String, String> hints = new LinkedHashMap<>();
        for (String rename : renames == null ? List.<String>of() : renames) {
            int eq = rename.indexOf('=');
            if (eq <= 0 || eq == rename.length() - 1) {
                throw RootCommand.usage("--rename takes OLD=NEW (old_table=new_table or table.old=new), not '"
                        + rename + "'");
            }
            hints.put(rename.substring(0, eq).trim(), rename.substring(eq + 1).trim());
        }
        return new DiffOptions(against, allPackages, hints, concurrentIndexes, notValidForeignKeys);
    }
}
