/**
 * The picocli command line: parses options, calls the {@code command} API, prints its results and
 * maps errors to exit codes. The only package that touches {@code System.out}, {@code System.getenv}
 * and {@code System.exit}.
 */
package io.wsmigrate.cli;
