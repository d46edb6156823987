/**
 * A library package with its own scripts folder and version table, for the package-scoping tests:
 * the shop package refers to its tables.
 */
package io.wsmigrate.autogen.scope.billing;
