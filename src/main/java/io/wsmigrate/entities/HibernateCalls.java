package io.wsmigrate.entities;

import java.util.function.Consumer;
import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.internal.Formatter;
import org.hibernate.generator.Generator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.spi.ExecutionOptions;

/**
 * The few Hibernate calls whose binary signatures differ between Hibernate 6 and 7. This package
 * is compiled against 7, and the same classes also run on an application's 6.x in an isolated
 * class loader ({@link IsolatedHibernateLoader}); every other call it makes links on both. One
 * implementation per major version, chosen once per class loader from the running Hibernate.
 */
interface HibernateCalls {
    HibernateCalls CURRENT = Version.getVersionString().startsWith("6.") ? new Hibernate6Calls() : new Hibernate7Calls();

    /** The column's JDBC type code, as the dialect's identity support is asked with it. */
    int sqlTypeCode(Column column, Metadata metadata);

    /** The {@code options} of {@code @Index} (JPA 3.2, Hibernate 7); null where Hibernate has none. */
    String indexOptions(Index index);

    /**
     * The {@code options} of {@code @ForeignKey}/{@code @UniqueConstraint} (JPA 3.2, Hibernate 7),
     * where deferral is written; null where Hibernate has none.
     */
    String constraintOptions(Constraint constraint);

    /** The identifier generator Hibernate builds for the entity, configured as for its SessionFactory. */
    Generator createGenerator(PersistentClass entity, Dialect dialect, SqlStringGenerationContext context,
                              ServiceRegistry registry);

    /** Hibernate's schema creator, writing each CREATE statement into {@code statements}. */
    void createFromMetadata(SchemaCreatorImpl creator, Metadata metadata, ExecutionOptions options, Dialect dialect,
                            Formatter formatter, Consumer<String> statements);
}
