/**
 * The entity classpath as the settings write it → the jars and class folders to read: globs
 * ({@code lib/*.jar}, {@code lib/**}), a folder of jars refused with what to write instead, and the
 * project's own build ({@code maven}, {@code gradle}) asked for its classpath, the answer cached
 * under {@code .ws-migrate/cache} until the build files change.
 */
package io.wsmigrate.classpath;
