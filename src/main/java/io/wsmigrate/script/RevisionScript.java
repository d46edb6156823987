package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A fully read revision file. {@code upgrade} and {@code downgrade} hold Liquibase change entries as
 * plain YAML data, each a single-key map such as {@code {createTable: {...}}} (the {@code sql: "..."}
 * shorthand already normalized to {@code {sql: {sql: "..."}}}); they are unmodifiable all the way
 * down. {@code checksum} is the SHA-256 of what runs (see {@link ScriptDirectory}); {@code path} names
 * the file for messages.
 */
public record RevisionScript(Revision revision, List<Map<String, Object>> upgrade,
                             List<Map<String, Object>> downgrade, boolean transactional,
                             String checksum, String path) {
    public RevisionScript {
        Objects.requireNonNull(revision, "revision");
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        Objects.requireNonNull(checksum, "checksum");
        Objects.requireNonNull(path, "path");
    }

    public String id() {
        return revision.id();
    }
}
