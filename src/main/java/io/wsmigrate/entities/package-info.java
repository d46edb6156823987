/**
 * Entity classes of the configured packages → Hibernate {@code Metadata} (PostgreSQL dialect, no
 * database connection, then the SessionFactory's own steps on it: Bean Validation applied to the DDL
 * and column ordering) → the plain {@link io.wsmigrate.schema.SchemaModel}. This is the only
 * package that imports Hibernate; everything it hands out is a plain schema value, a list of names
 * or Hibernate's own DDL text.
 */
package io.wsmigrate.entities;
