package io.wsmigrate.entities;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.naming.ImplicitJoinTableNameSource;
import org.hibernate.boot.model.naming.ImplicitNamingStrategyJpaCompliantImpl;

/**
 * Spring Boot's default implicit naming strategy, for applications whose classpath as given to
 * ws-migrate does not hold Spring Boot: JPA's implicit names, except that a join table is named
 * after the owning entity's physical table and the owning attribute
 * ({@code customer_orders} for {@code Customer.orders} in table {@code customer}), where JPA
 * takes the two entity names. Spring Boot's own class is used whenever it can be loaded.
 */
final class SpringImplicitNaming extends ImplicitNamingStrategyJpaCompliantImpl {
    private static final long serialVersionUID = 1L;

    @Override
    public Identifier determineJoinTableName(ImplicitJoinTableNameSource source) {
        String table = source.getOwningPhysicalTableName() + "_" + source.getAssociationOwningAttributePath().getProperty();
        return toIdentifier(table, source.getBuildingContext());
    }
}
