/**
 * The Java API of ws-migrate: one method per command, each returning a result record and never
 * printing. The CLI is a thin layer over it; applications, tests and build tools can call it
 * directly. The API is the command classes, their results and options, and
 * {@link io.wsmigrate.WsMigrateException}; a {@link io.wsmigrate.command.Project} is created, handed
 * to them and closed, its parts stay package-private. Members marked
 * {@link io.wsmigrate.command.Internal} are public for the CLI only.
 */
package io.wsmigrate.command;
