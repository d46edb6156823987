/**
 * The diff engine: compares the live schema with the entity model, both normalized the same way,
 * and returns the ordered operations that turn one into the other. One small comparator per object
 * kind, matching by structure rather than by name, and a deterministic order of phases that
 * PostgreSQL accepts forwards and, reversed, backwards. Pure Java: only {@code schema} and
 * {@code ops}.
 */
package io.wsmigrate.compare;
