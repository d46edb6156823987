/**
 * The revision graph, pure and in memory: {@link io.wsmigrate.revision.RevisionMap} validates the
 * revisions read from the scripts folder, resolves targets ({@code head}, {@code heads}, {@code base},
 * prefixes, {@code +2}, {@code -1}, {@code label@head}), plans upgrades and downgrades as ordered
 * {@link io.wsmigrate.revision.Step}s and computes what the version table must hold after each step.
 * {@link io.wsmigrate.revision.GraphText} draws the graph for a terminal and
 * {@link io.wsmigrate.revision.GraphExport} writes it as Mermaid or Graphviz DOT.
 * Semantics follow Alembic's {@code alembic.script.revision}. Every walk is iterative, because
 * histories may be thousands of revisions deep. Imports nothing but the JDK and the root package.
 */
package io.wsmigrate.revision;
