/**
 * Entity classes of the configured packages → Hibernate {@code Metadata} (PostgreSQL dialect, no
 * database connection, then the SessionFactory's own steps on it: Bean Validation applied to the DDL
 * and column ordering) → the plain {@link io.wsmigrate.schema.SchemaModel}. This is the only
 * package that imports Hibernate; everything it hands out is a plain schema value, a list of names
 * or Hibernate's own DDL text. When the entity classpath holds its own hibernate-core (6.6 and later,
 * 7.x), that Hibernate builds the model: the Hibernate-facing classes of this package are defined
 * once more in an {@link io.wsmigrate.entities.IsolatedHibernateLoader} over that classpath, and the
 * few calls that differ between 6 and 7 go through {@link io.wsmigrate.entities.HibernateCalls}.
 */
package io.wsmigrate.entities;
