/**
 * A larger, realistic entity model (some forty tables) that uses every mapping style a real
 * application does, for the end-to-end autogenerate tests against PostgreSQL.
 */
package io.wsmigrate.autogen.large.model;
