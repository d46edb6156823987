/**
 * An application package whose entities refer to the billing package's: its foreign keys cross
 * packages, so its diffs need every package's entities.
 */
package io.wsmigrate.autogen.scope.shop;
