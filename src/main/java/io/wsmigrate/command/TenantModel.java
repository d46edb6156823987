package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The package's schema as one tenant schema holds it. The entities' own schema (unqualified, or
 * the one named schema their {@code @Table(schema=...)} or Hibernate's default schema gives) is the
 * tenant's schema, written unqualified so a revision lands in whichever tenant runs it. Objects
 * in the shared schemas ({@code targets.shared_schemas}) exist once for all tenants: a tenant's
 * comparison leaves them out; the entities' shared objects are written schema-qualified into the
 * same revisions and migrated once by the fleet, and a shared schema where the entities have
 * nothing is another package's, never compared.
 */
final class TenantModel {
    private TenantModel() {
    }

    /** The entities' model as a tenant sees it: own schema to the default one, shared objects left out. */
    static SchemaModel entities(SchemaModel model, List<String> sharedSchemas) {
        SchemaModel own = withoutShared(model, sharedSchemas);
        Set<String> named = new TreeSet<>();
        own.tables().forEach(t -> named.add(t.name().schema()));
        own.sequences().forEach(s -> named.add(s.name().schema()));
        own.enumTypes().forEach(e -> named.add(e.name().schema()));
        named.remove(QualifiedName.DEFAULT_SCHEMA);
        if (named.size() > 1 || named.size() == 1 && !ownOnly(own, named.iterator().next())) {
            throw new WsMigrateException(ExitCode.CONFIG, "the entities are in the schemas " + schemas(own)
                    + ", and a tenant has one schema; list the schemas every tenant shares under"
                    + " targets.shared_schemas, or map the tenant's entities to one schema");
        }
        return named.isEmpty() ? own : TenantCatalogs.mapped(own, named.iterator().next());
    }

    /**
     * The entities' model as a tenant's revisions see it: the tenant's own objects in the default
     * schema, plus the objects of the shared schemas the entities have, schema-qualified (a revision
     * writes both, and a fleet runs the shared ones once).
     */
    static SchemaModel withShared(SchemaModel model, List<String> sharedSchemas) {
        List<String> migrated = sharedSchemas.stream().filter(s -> !unmigrated(model, sharedSchemas).contains(s))
                .toList();
        SchemaModel own = entities(model, sharedSchemas);
        SchemaModel shared = model.filter(name -> migrated.contains(name.schema()));
        return new SchemaModel(concat(own.tables(), shared.tables()), concat(own.sequences(), shared.sequences()),
                concat(own.enumTypes(), shared.enumTypes()));
    }

    /** The shared schemas where the entities have nothing: another package's, never compared. */
    static List<String> unmigrated(SchemaModel model, List<String> sharedSchemas) {
        Set<String> used = new TreeSet<>();
        model.tables().forEach(t -> used.add(t.name().schema()));
        model.sequences().forEach(s -> used.add(s.name().schema()));
        model.enumTypes().forEach(e -> used.add(e.name().schema()));
        return sharedSchemas.stream().filter(s -> !used.contains(s)).toList();
    }

    /** A tenant's catalog (already mapped to the default schema) without the objects of {@code sharedSchemas}. */
    static SchemaModel database(SchemaModel tenant, List<String> sharedSchemas) {
        return withoutShared(tenant, sharedSchemas);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static SchemaModel withoutShared(SchemaModel model, List<String> sharedSchemas) {
        return sharedSchemas.isEmpty() ? model : model.filter(name -> !sharedSchemas.contains(name.schema()));
    }

    /** Whether nothing of {@code model} is in the default schema besides what is in {@code schema}. */
    private static boolean ownOnly(SchemaModel model, String schema) {
        return model.tables().stream().allMatch(t -> t.name().schema().equals(schema))
                && model.sequences().stream().allMatch(s -> s.name().schema().equals(schema))
                && model.enumTypes().stream().allMatch(e -> e.name().schema().equals(schema));
    }

    private static Set<String> schemas(SchemaModel model) {
        Set<String> all = new TreeSet<>();
        model.tables().forEach(t -> all.add(t.name().schema()));
        model.sequences().forEach(s -> all.add(s.name().schema()));
        return all;
    }
}
