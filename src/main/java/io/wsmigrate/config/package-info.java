/**
 * The application's settings file turned into immutable {@link io.wsmigrate.config.Settings}:
 * includes, {@code ${VAR}} interpolation from a given environment, validation with file, line and
 * key in every error, and the Logback setup from the {@code logging} section. A Spring Boot or
 * Quarkus settings file ({@code ApplicationFiles}) is read as its framework
 * reads it (profiles, imports, placeholders, environment variables) and translated into the same
 * tree, so one binder validates all three formats.
 */
package io.wsmigrate.config;
