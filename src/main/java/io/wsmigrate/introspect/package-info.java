/**
 * Reads a live PostgreSQL catalog into a {@link io.wsmigrate.schema.SchemaModel}: one bulk
 * {@code pg_catalog} query per object kind (tables, columns, constraints, indexes, sequences),
 * assembled in Java with maps and loops, never recursion, so a thousand-table chain of foreign keys
 * reads as fast as a flat schema. (The tests' {@code SchemaText} prints a model as deterministic
 * text where they need "the same schema as before".)
 */
package io.wsmigrate.introspect;
