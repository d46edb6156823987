/**
 * The application's settings file turned into immutable {@link io.wsmigrate.config.Settings}:
 * includes, {@code ${VAR}} interpolation from a given environment, validation with file, line and
 * key in every error, and the Logback setup from the {@code logging} section.
 */
package io.wsmigrate.config;
