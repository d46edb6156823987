/**
 * The Maven plugin: {@code mvn ws-migrate:upgrade}, {@code check}, {@code revision},
 * {@code current} and {@code history} in a user's Maven project, with the project's compiled
 * classes and dependencies as the entity classpath. A thin layer like the command line: each goal
 * calls the {@code command} API and writes its result to Maven's log. The goals are described in
 * {@code META-INF/maven/plugin.xml}.
 */
package io.wsmigrate.maven;
