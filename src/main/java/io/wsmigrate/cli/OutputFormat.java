package io.wsmigrate.cli;

/** {@code --format}: text for people, json for deploy scripts, mermaid and dot for drawing the graph. */
enum OutputFormat {
    TEXT, JSON, MERMAID, DOT
}
