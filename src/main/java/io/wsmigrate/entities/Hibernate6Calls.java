package io.wsmigrate.entities;

import java.lang.reflect.Array;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
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
import org.hibernate.mapping.KeyValue;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.hibernate.service.Service;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.tool.schema.internal.SchemaCreatorImpl;
import org.hibernate.tool.schema.spi.ExecutionOptions;

/**
 * {@link HibernateCalls} on Hibernate 6 (6.6 and later), by reflection since this package is
 * compiled against 7: {@code Column.getSqlTypeCode} takes a {@code Mapping}, a generator is
 * created with the {@code IdentifierGeneratorFactory} service, the schema creator's target is
 * {@code tool.schema.internal.exec.GenerationTarget}, and {@code @Index}, {@code @ForeignKey} and
 * {@code @UniqueConstraint} have no options. A
 * Hibernate that lacks one of these fails at once, naming it.
 */
final class Hibernate6Calls implements HibernateCalls {
    private final Method sqlTypeCode;
    private final Class<? extends Service> generatorFactory;
    private final Method createGenerator;
    private final Class<?> generationTarget;
    private final Method createFromMetadata;

    Hibernate6Calls() {
        try {
            ClassLoader hibernate = Column.class.getClassLoader();
            sqlTypeCode = Column.class.getMethod("getSqlTypeCode",
                    Class.forName("org.hibernate.engine.spi.Mapping", false, hibernate));
            generatorFactory = Class.forName("org.hibernate.id.factory.IdentifierGeneratorFactory", false, hibernate)
                    .asSubclass(Service.class);
            createGenerator = KeyValue.class.getMethod("createGenerator", generatorFactory, Dialect.class,
                    RootClass.class);
            generationTarget = Class.forName("org.hibernate.tool.schema.internal.exec.GenerationTarget", false,
                    hibernate);
            createFromMetadata = SchemaCreatorImpl.class.getMethod("createFromMetadata", Metadata.class,
                    ExecutionOptions.class, Dialect.class, Formatter.class, generationTarget.arrayType());
        } catch (ReflectiveOperationException | ClassCastException e) {
            throw new IllegalStateException("Hibernate " + Version.getVersionString() + " lacks " + e.getMessage()
                    + ", which ws-migrate calls on Hibernate 6.6 and later", e);
        }
    }

    @Override
    public int sqlTypeCode(Column column, Metadata metadata) {
        return (Integer) invoke(sqlTypeCode, column, metadata);
    }

    @Override
    public String indexOptions(Index index) {
        return null;
    }

    @Override
    public String constraintOptions(Constraint constraint) {
        return null;
    }

    @Override
    public Generator createGenerator(PersistentClass entity, Dialect dialect, SqlStringGenerationContext context,
                                     ServiceRegistry registry) {
        Object factory = registry.requireService(generatorFactory);
        return (Generator) invoke(createGenerator, entity.getIdentifier(), factory, dialect, entity.getRootClass());
    }

    @Override
    public void createFromMetadata(SchemaCreatorImpl creator, Metadata metadata, ExecutionOptions options,
                                   Dialect dialect, Formatter formatter, Consumer<String> statements) {
        Object target = Proxy.newProxyInstance(generationTarget.getClassLoader(), new Class<?>[] {generationTarget},
                (proxy, method, args) -> {
                    if (method.getName().equals("accept") && args != null && args.length == 1) {
                        statements.accept((String) args[0]);
                    }
                    return method.getDeclaringClass() == Object.class ? objectMethod(proxy, method, args) : null;
                });
        Object targets = Array.newInstance(generationTarget, 1);
        Array.set(targets, 0, target);
        invoke(createFromMetadata, creator, metadata, options, dialect, formatter, targets);
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            default -> "ws-migrate's DDL collector";
        };
    }

    private static Object invoke(Method method, Object target, Object... args) {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + method + " of Hibernate " + Version.getVersionString(), e);
        }
    }
}
