/**
 * The Java API of ws-migrate: one method per command, each returning a result record and never
 * printing. The CLI is a thin layer over it; tests and build tools can call it directly.
 */
package io.wsmigrate.command;
