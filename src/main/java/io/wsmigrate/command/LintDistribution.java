package io.wsmigrate.command;

import io.wsmigrate.lint.Distribution;
import io.wsmigrate.lint.Distribution.Placement;
import io.wsmigrate.schema.QualifiedName;
import java.util.Map;

/**
 * The placements {@code command} already has (the settings' through {@link CitusPlacements}, a
 * coordinator's through the catalog reader) in the terms of {@code lint}, which sees SQL only.
 */
final class LintDistribution {
    private LintDistribution() {
    }

    static Distribution of(Map<QualifiedName, io.wsmigrate.schema.Distribution> placements) {
        Distribution distribution = Distribution.NONE;
        for (Map.Entry<QualifiedName, io.wsmigrate.schema.Distribution> entry : placements.entrySet()) {
            io.wsmigrate.schema.Distribution placement = entry.getValue();
            String table = entry.getKey().sql();
            distribution = switch (placement.kind()) {
                case LOCAL -> distribution;
                case REFERENCE -> distribution.with(table, Placement.referenceTable());
                case DISTRIBUTED -> distribution.with(table, new Placement(false, placement.column(),
                        placement.colocateWith(), placement.colocationId() == 0 ? null
                        : Integer.toString(placement.colocationId())));
            };
        }
        return distribution;
    }
}
