package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.ValidatorFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.beanvalidation.BeanValidationIntegrator;
import org.hibernate.boot.beanvalidation.ValidationMode;
import org.hibernate.boot.internal.ClassLoaderAccessImpl;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.classloading.spi.ClassLoaderService;
import org.hibernate.boot.spi.ClassLoaderAccess;
import org.hibernate.boot.spi.MetadataImplementor;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.config.spi.ConfigurationService;
import org.hibernate.engine.config.spi.StandardConverters;
import org.hibernate.mapping.PersistentClass;

/**
 * The steps a SessionFactory takes on the mapping before it creates any table, taken here on
 * metadata booted without a database, in the SessionFactory's order:
 * <ol>
 * <li>Bean Validation applied to the DDL (Hibernate's {@code BeanValidationIntegrator}): when the
 * entity classpath has a Jakarta Validation provider, {@code @NotNull}/{@code @NotBlank}/
 * {@code @NotEmpty} make columns NOT NULL, {@code @Size}/{@code @Length} set lengths,
 * {@code @Digits} precision and scale, {@code @Min}/{@code @Max} add checks. The work is done by
 * Hibernate's own {@code TypeSafeActivator.applyRelationalConstraints}, under the same settings
 * ({@code jakarta.persistence.validation.mode}, {@code hibernate.validator.apply_to_ddl}) and
 * with the same outcome when no provider is there.</li>
 * <li>Column ordering ({@code hibernate.column_ordering_strategy}) of tables, primary keys and
 * foreign keys, as for a schema Hibernate creates.</li>
 * <li>Every identifier generator built ({@link #buildIdentifierGenerators}): the SessionFactory
 * fails on one it cannot build, where the metadata build only leaves it out, and with it the
 * sequence or table it would add.</li>
 * </ol>
 * Building a whole SessionFactory instead would need a connection provider and builds the runtime
 * model (persisters, queries) that the schema does not depend on.
 */
final class SessionFactorySteps {
    private static final String ACTIVATOR = "org.hibernate.boot.beanvalidation.TypeSafeActivator";
    private static final String MODE = BeanValidationIntegrator.JAKARTA_MODE_PROPERTY;

    private SessionFactorySteps() {
    }

    /** Applies both steps to {@code metadata}; to be run with the entity class loader as context loader. */
    static void apply(Metadata metadata, StandardServiceRegistry registry) {
        applyBeanValidation(metadata, registry);
        // true: order table columns too, as Hibernate does whenever its schema tooling creates tables.
        ((MetadataImplementor) metadata).orderColumns(true);
    }

    /**
     * Builds each entity's identifier generator as the SessionFactory does at start-up, so that a
     * generator the application's Hibernate could not build either fails here too. Hibernate's
     * metadata build skips such a generator without a word, and the schema then lacks its sequence:
     * HAPI FHIR's generator asks for a service that HAPI adds to Hibernate's registry in code, and
     * without it 17 of HAPI's 49 sequences were silently missing from the revision.
     */
    static void buildIdentifierGenerators(BootedMetadata booted) {
        Dialect dialect = booted.dialect();
        SqlStringGenerationContext context = booted.sqlContext();
        for (PersistentClass entity : booted.metadata().getEntityBindings()) {
            if (!entity.isInherited()) {
                HibernateCalls.CURRENT.createGenerator(entity, dialect, context, booted.registry());
            }
        }
    }

    private static void applyBeanValidation(Metadata metadata, StandardServiceRegistry registry) {
        ConfigurationService configuration = registry.requireService(ConfigurationService.class);
        Set<ValidationMode> modes = modes(configuration.getSettings());
        boolean appliesToDdl = configuration.getSetting(BeanValidationIntegrator.APPLY_CONSTRAINTS,
                StandardConverters.BOOLEAN, true);
        if (!appliesToDdl || !(modes.contains(ValidationMode.DDL) || modes.contains(ValidationMode.AUTO))) {
            return;
        }
        try (ValidatorFactory factory = validatorFactory(modes)) {
            if (factory != null) {
                ClassLoaderService classLoading = registry.requireService(ClassLoaderService.class);
                applyRelationalConstraints(classLoading, factory, metadata.getEntityBindings(),
                        configuration.getSettings(), metadata.getDatabase().getDialect());
            }
        }
    }

    /** The validation modes as Hibernate reads them; none at all when the mode is {@code none}. */
    static Set<ValidationMode> modes(Map<String, Object> settings) {
        Object mode = settings.get(MODE);
        Set<ValidationMode> modes = ValidationMode.getModes(
                mode != null ? mode : settings.get(BeanValidationIntegrator.MODE_PROPERTY));
        return modes.size() == 1 && modes.contains(ValidationMode.NONE) ? Set.of() : modes;
    }

    /**
     * The provider's default factory, found on the context class loader (the entity classpath);
     * null when there is none and the mode is {@code auto}, as Hibernate skips Bean Validation then.
     */
    private static ValidatorFactory validatorFactory(Set<ValidationMode> modes) {
        try {
            return Validation.buildDefaultValidatorFactory();
        } catch (NoProviderFoundException e) {
            if (modes.contains(ValidationMode.DDL) || modes.contains(ValidationMode.CALLBACK)) {
                throw new WsMigrateException(ExitCode.MODEL, MODE + " is " + ValidationMode.loggable(modes)
                        + " but the entities classpath has no Bean Validation provider; add one (such as"
                        + " Hibernate Validator) to it or set " + MODE + " to auto", e);
            }
            return null;
        } catch (ValidationException e) {
            throw new WsMigrateException(ExitCode.MODEL, "Bean Validation cannot start on the entities classpath,"
                    + " so the application's Hibernate cannot either: " + e.getMessage()
                    + "; add what it names (often an expression language implementation) or set " + MODE
                    + " to none", e);
        }
    }

    /** Hibernate's own step, which it calls reflectively too (its class is not public). */
    private static void applyRelationalConstraints(ClassLoaderService classLoading, ValidatorFactory factory,
                                                   Collection<?> entities, Map<String, Object> settings,
                                                   Dialect dialect) {
        try {
            Class<?> activator = classLoading.classForName(ACTIVATOR);
            Method apply = activator.getMethod("applyRelationalConstraints", ValidatorFactory.class,
                    Collection.class, Map.class, Dialect.class, ClassLoaderAccess.class);
            apply.setAccessible(true);
            apply.invoke(null, factory, entities, settings, dialect, new ClassLoaderAccessImpl(null, classLoading));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("this Hibernate has no " + ACTIVATOR + ".applyRelationalConstraints", e);
        }
    }
}
