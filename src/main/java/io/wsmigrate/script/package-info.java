/**
 * The scripts folder and its revision files: read, write, checksum. Upgrade and downgrade entries
 * are plain YAML data here ({@code List<Map<String, Object>>}); turning them into SQL is not this
 * package's job.
 *
 * <h2>Layout</h2>
 * A scripts folder holds a {@code README} and {@code versions/}, with one file per revision named
 * {@code <id>_<slug of the message>.yaml}. It lives on disk or, read-only, inside classpath
 * directories and jars ({@code classpath:com/acme/billing/migrations}).
 *
 * <h2>Revision file format (a user-facing contract)</h2>
 * <pre>
 * # Add offer
 * #
 * # Revision ID: 3f2a9c1b7d0e
 * # Revises: 1a2b3c4d5e6f
 * # Create Date: 2026-11-27 08:00:00 UTC
 * # (further generated comment lines: what autogenerate detected, review warnings)
 * revision: 3f2a9c1b7d0e
 * down_revision: 1a2b3c4d5e6f        # null for a base; a list for a merge
 * branch_labels: []                  # optional
 * depends_on: []                     # optional
 * message: Add offer
 * create_date: 2026-11-27T08:00:00Z
 * transactional: true                # optional, default true; false for CREATE INDEX CONCURRENTLY
 * upgrade:
 *   - createTable: {...}
 * downgrade:
 *   - dropTable: {...}
 * </pre>
 * <ul>
 *   <li>{@code revision} is required. {@code down_revision}, {@code branch_labels} and
 *       {@code depends_on} take null, one value or a list. Ids, labels and the message are read as
 *       written ({@code revision: 0010} is the id "0010"). Any other top-level key is an error, which
 *       catches typos such as {@code down_revison}.</li>
 *   <li>{@code upgrade} and {@code downgrade} are lists (or {@code []}, or absent) of Liquibase
 *       changes; each entry is a single-key map whose value is a map of attributes.
 *       {@code - sql: "..."} is short for {@code - sql: {sql: "..."}} and is read as the latter.
 *       Values are read as YAML 1.1 (so an unquoted {@code yes} is true), except that dates stay
 *       strings.</li>
 *   <li>Listing reads only the lines above the first top-level {@code upgrade:}/{@code downgrade:},
 *       falling back to a full parse whenever a top-level key follows the change lists.</li>
 *   <li>The checksum is the SHA-256 of what runs: upgrade, downgrade and transactional as JSON with
 *       sorted keys. Comments, message and layout are not in it, so tidying an applied revision is
 *       safe, and any edit to its changes is visible.</li>
 *   <li>Errors are one line: {@code file:line:column: problem; what to do}.</li>
 * </ul>
 */
package io.wsmigrate.script;
