package io.wsmigrate.entities;

import java.util.function.Consumer;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.jdbc.internal.Formatter;
import org.hibernate.generator.Generator;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Constraint;
import org.hibernate.mapping.GeneratorSettings;
import org.hibernate.mapping.Index;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.spi.ExecutionOptions;
import org.hibernate.tool.schema.spi.GenerationTarget;

/** {@link HibernateCalls} on Hibernate 7, the version this package is compiled against: plain calls. */
final class Hibernate7Calls implements HibernateCalls {
    @Override
    public int sqlTypeCode(Column column, Metadata metadata) {
        return column.getSqlTypeCode(metadata);
    }

    @Override
    public String indexOptions(Index index) {
        return index.getOptions();
    }

    @Override
    public String constraintOptions(Constraint constraint) {
        return constraint.getOptions();
    }

    @Override
    public Generator createGenerator(PersistentClass entity, Dialect dialect, SqlStringGenerationContext context,
                                     ServiceRegistry registry) {
        GeneratorSettings settings = new GeneratorSettings() {
            @Override
            public String getDefaultCatalog() {
                return context.getDefaultCatalog() == null ? null : context.getDefaultCatalog().render();
            }

            @Override
            public String getDefaultSchema() {
                return context.getDefaultSchema() == null ? null : context.getDefaultSchema().render();
            }

            @Override
            public SqlStringGenerationContext getSqlStringGenerationContext() {
                return context;
            }
        };
        return entity.getIdentifier().createGenerator(dialect, entity.getRootClass(), entity.getIdentifierProperty(),
                settings);
    }

    @Override
    public void createFromMetadata(SchemaCreatorImpl creator, Metadata metadata, ExecutionOptions options,
                                   Dialect dialect, Formatter formatter, Consumer<String> statements) {
        creator.createFromMetadata(metadata, options, dialect, formatter, new GenerationTarget() {
            @Override
            public void prepare() {
            }

            @Override
            public void accept(String statement) {
                statements.accept(statement);
            }

            @Override
            public void release() {
            }
        });
    }
}
