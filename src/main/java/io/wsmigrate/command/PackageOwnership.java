package io.wsmigrate.command;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which tables, sequences and enum types of the database the package owns, as Websauna decides it: its models'
 * objects, those its history created, and those its settings adopt ({@code migrations.adopt}). Only
 * owned objects may be dropped by autogenerate. The others in the schemas the package uses are
 * listed, never dropped, never silent; other migration tools' bookkeeping tables are neither.
 */
final class PackageOwnership {
    /** Liquibase's and Flyway's history tables: left alone, and not worth a notice. */
    private static final Set<String> OTHER_TOOLS = Set.of("databasechangelog", "databasechangeloglock",
            "flyway_schema_history");

    private final Project project;
    private final Set<QualifiedName> modelled = new HashSet<>();
    private final Set<QualifiedName> adopted = new HashSet<>();
    private Set<QualifiedName> history;

    PackageOwnership(Project project, SchemaModel model) {
        this.project = project;
        model.tables().forEach(t -> modelled.add(t.name()));
        model.sequences().forEach(s -> modelled.add(s.name()));
        model.enumTypes().forEach(e -> modelled.add(e.name()));
        project.settings().migrations().adopt().forEach(name -> adopted.add(QualifiedName.parse(name)));
    }

    /**
     * The comparison asks only about database objects the models lack, so the history (every
     * revision file parsed, most of a no-change run on a long history) is read only then.
     */
    Predicate<QualifiedName> owned() {
        return name -> {
            if (modelled.contains(name) || adopted.contains(name)) {
                return true;
            }
            if (history == null) {
                history = OwnedTables.createdBy(project.scripts(), project.revisions().all());
            }
            return history.contains(name);
        };
    }

    /** {@code table x}, {@code sequence y} and {@code type z} for each object of the model's schemas that nothing owns. */
    List<String> unowned(SchemaModel database) {
        Set<String> schemas = new HashSet<>();
        modelled.forEach(name -> schemas.add(name.schema()));
        Predicate<QualifiedName> owned = owned();
        Predicate<QualifiedName> listed = name -> schemas.contains(name.schema()) && !owned.test(name)
                && !OTHER_TOOLS.contains(name.name());
        List<String> unowned = new ArrayList<>();
        database.tables().stream().filter(t -> listed.test(t.name())).forEach(t -> unowned.add("table " + t.name()));
        database.sequences().stream().filter(s -> listed.test(s.name()))
                .forEach(s -> unowned.add("sequence " + s.name()));
        database.enumTypes().stream().filter(e -> listed.test(e.name())).forEach(e -> unowned.add("type " + e.name()));
        return unowned;
    }
}
