package io.wsmigrate.script;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link ScriptDirectory#write} needs to write a new revision file. {@code headerComments} are
 * extra comment lines under the generated header (what autogenerate detected, review warnings);
 * {@code upgrade}/{@code downgrade} entries are single-key maps of Liquibase changes whose values are
 * strings, numbers, booleans, nulls, lists and maps.
 */
public record NewRevisionFile(String id, List<String> downRevisions, List<String> branchLabels,
                              List<String> dependsOn, String message, Instant createDate, boolean transactional,
                              List<String> headerComments, List<Map<String, Object>> upgrade,
                              List<Map<String, Object>> downgrade) {
    public NewRevisionFile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createDate, "createDate");
        downRevisions = List.copyOf(downRevisions == null ? List.of() : downRevisions);
        branchLabels = List.copyOf(branchLabels == null ? List.of() : branchLabels);
        dependsOn = List.copyOf(dependsOn == null ? List.of() : dependsOn);
        message = message == null ? "" : message;
        headerComments = List.copyOf(headerComments == null ? List.of() : headerComments);
        upgrade = List.copyOf(upgrade == null ? List.of() : upgrade);
        downgrade = List.copyOf(downgrade == null ? List.of() : downgrade);
    }
}
