/**
 * SnakeYAML as ws-migrate reads it: guarded against the inputs that make SnakeYAML loop forever.
 * Shared by the settings reader ({@code config}) and the revision file reader ({@code script}),
 * which otherwise have nothing in common.
 */
package io.wsmigrate.yaml;
