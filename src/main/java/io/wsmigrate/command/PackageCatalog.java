package io.wsmigrate.command;

import io.wsmigrate.introspect.CatalogIntrospector;
import io.wsmigrate.introspect.IntrospectOptions;
import io.wsmigrate.schema.SchemaModel;
import java.sql.Connection;

/** A database's schema as the package's comparisons see it: without ws-migrate's own tables. */
final class PackageCatalog {
    private PackageCatalog() {
    }

    static SchemaModel read(Project project, Connection connection) {
        String versionTable = project.versionTable().name().name();
        return CatalogIntrospector.introspect(connection, IntrospectOptions.defaults()
                .withInclude(name -> !name.name().equals(versionTable) && !name.name().startsWith("ws_migrate_")));
    }
}
