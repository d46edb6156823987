package io.wsmigrate.cli;

/** {@code --format}: text for people, json for deploy scripts. */
enum OutputFormat {
    TEXT, JSON
}
