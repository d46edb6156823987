package io.wsmigrate.command;

import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Identifiers;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The catalogs of many tenant schemas read at once (one bulk query per object kind for all of
 * them), each seen as the entities see it: the tenant's schema mapped to the default schema, where
 * the package's unqualified entities live, and the shared schemas as they are.
 */
final class TenantCatalogs {
    private final Map<String, SchemaModel> bySchema;
    private final SchemaModel shared;

    private TenantCatalogs(Map<String, SchemaModel> bySchema, SchemaModel shared) {
        this.bySchema = bySchema;
        this.shared = shared;
    }

    /** Reads {@code tenants} and {@code sharedSchemas} in one pass, without ws-migrate's own tables. */
    static TenantCatalogs read(Project project, Connection connection, List<String> tenants,
                               List<String> sharedSchemas) {
        Set<String> schemas = new LinkedHashSet<>(tenants);
        schemas.addAll(sharedSchemas);
        String versionTable = project.versionTable().name().name();
        SchemaModel all = CatalogIntrospector.introspect(connection, new IntrospectOptions(List.copyOf(schemas),
                name -> !name.name().equals(versionTable) && !name.name().startsWith("ws_migrate_")));
        Map<String, List<Table>> tables = new HashMap<>();
        Map<String, List<Sequence>> sequences = new HashMap<>();
        Map<String, List<EnumType>> enums = new HashMap<>();
        all.tables().forEach(t -> tables.computeIfAbsent(t.name().schema(), k -> new ArrayList<>()).add(t));
        all.sequences().forEach(s -> sequences.computeIfAbsent(s.name().schema(), k -> new ArrayList<>()).add(s));
        all.enumTypes().forEach(e -> enums.computeIfAbsent(e.name().schema(), k -> new ArrayList<>()).add(e));
        Map<String, SchemaModel> bySchema = new HashMap<>();
        for (String schema : schemas) {
            bySchema.put(schema, new SchemaModel(tables.getOrDefault(schema, List.of()),
                    sequences.getOrDefault(schema, List.of()), enums.getOrDefault(schema, List.of())));
        }
        SchemaModel shared = sharedSchemas.stream().filter(s -> !tenants.contains(s)).map(bySchema::get)
                .reduce(SchemaModel.EMPTY, TenantCatalogs::union);
        return new TenantCatalogs(bySchema, shared);
    }

    /**
     * What the entities are compared with for {@code tenant}: its objects moved to the default
     * schema (over any shared object of the same name there), and the shared schemas' objects.
     */
    SchemaModel asPackage(String tenant) {
        SchemaModel own = mapped(bySchema.getOrDefault(tenant, SchemaModel.EMPTY), tenant);
        SchemaModel rest = shared.filter(name -> own.table(name).isEmpty() && own.sequence(name).isEmpty()
                && own.enumType(name).isEmpty());
        return union(own, rest);
    }

    private static SchemaModel union(SchemaModel a, SchemaModel b) {
        return new SchemaModel(Stream.concat(a.tables().stream(), b.tables().stream()).toList(),
                Stream.concat(a.sequences().stream(), b.sequences().stream()).toList(),
                Stream.concat(a.enumTypes().stream(), b.enumTypes().stream()).toList());
    }

    /** {@code tenantModel} with the objects of schema {@code tenant} moved to the default schema. */
    static SchemaModel mapped(SchemaModel tenantModel, String tenant) {
        List<Table> tables = tenantModel.tables().stream().map(t -> t.withName(moved(t.name(), tenant))
                .withColumns(t.columns().stream().map(c -> column(c, tenant)).toList())
                .withForeignKeys(t.foreignKeys().stream().map(f -> f.withColumns(f.columns(),
                        moved(f.referencedTable(), tenant), f.referencedColumns())).toList())).toList();
        List<Sequence> sequences = tenantModel.sequences().stream()
                .map(s -> new Sequence(moved(s.name(), tenant), s.start(), s.increment())).toList();
        List<EnumType> enums = tenantModel.enumTypes().stream().map(e -> e.named(moved(e.name(), tenant))).toList();
        return new SchemaModel(tables, sequences, enums);
    }

    private static QualifiedName moved(QualifiedName name, String tenant) {
        return name.schema().equals(tenant) ? QualifiedName.of(name.name()) : name;
    }

    /** A column of the tenant's own enum type names it schema-qualified: unqualified, as in the default schema. */
    private static Column column(Column column, String tenant) {
        String base = column.type().base();
        String prefix = (Identifiers.quote(tenant) + ".").toLowerCase(Locale.ROOT);
        if (!base.startsWith(prefix)) {
            return column;
        }
        ColumnType type = new ColumnType(base.substring(prefix.length()), column.type().modifiers(),
                column.type().arrayDimensions());
        return new Column(column.name(), type, column.nullable(), column.defaultExpression(), column.identity(),
                column.comment(), column.generated(), column.collation());
    }
}
