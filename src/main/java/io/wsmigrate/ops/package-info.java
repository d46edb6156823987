/**
 * Schema operations as immutable values: what autogenerate found, before it is written as
 * Liquibase changes. Each operation knows its exact {@link io.wsmigrate.ops.Operation#reverse()},
 * because a drop carries the whole object it drops; downgrade is the reversed upgrade list with
 * each operation reversed.
 */
package io.wsmigrate.ops;
