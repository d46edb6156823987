package io.wsmigrate.entities;

import io.wsmigrate.schema.SchemaModel;
import java.util.List;
import java.util.Set;

/**
 * What a booted Hibernate answers about the entities: the one type that crosses from the class
 * loader holding the application's Hibernate ({@link IsolatedHibernateLoader}) back to ws-migrate,
 * so its methods take and return only JDK types and plain schema values. {@link EntityModel}
 * describes each method.
 */
public interface HibernateMapping extends AutoCloseable {
    SchemaModel schema();

    SchemaModel schemaFor(int serverMajor);

    List<String> entityNames();

    List<String> createDdl(Set<String> entityNamesOrTables);

    @Override
    void close();
}
