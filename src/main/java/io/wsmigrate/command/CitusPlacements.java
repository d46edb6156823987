package io.wsmigrate.command;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.config.CitusSettings;
import io.wsmigrate.config.CitusSettings.DistributedTable;
import io.wsmigrate.schema.Distribution;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The settings' {@code migrations.citus} placements added to the entities' model, which is what
 * autogenerate and {@code check} compare with the catalog. A table or column the entities do not
 * map is a settings error naming both. Without a {@code citus} section ws-migrate does not manage
 * placements: the model keeps those the database has, so tables distributed by hand stay as they are.
 */
final class CitusPlacements {
    private CitusPlacements() {
    }

    static SchemaModel apply(SchemaModel model, CitusSettings citus, Path settingsFile, SchemaModel database) {
        if (citus.isEmpty()) {
            return model.withDistributions(database.distributions());
        }
        Map<QualifiedName, Distribution> placements = new TreeMap<>();
        fromSettings(citus).forEach((name, placement) -> {
            boolean distributed = placement.kind() == Distribution.Kind.DISTRIBUTED;
            Table table = mapped(model, name.toString(), distributed ? "distributed" : "reference", settingsFile);
            if (distributed && table.column(placement.column()).isEmpty()) {
                throw new WsMigrateException(ExitCode.CONFIG, settingsFile + ": migrations.citus.distributed."
                        + name + " distributes by " + placement.column() + ", which is not a column of "
                        + table.name() + " (its columns: " + String.join(", ",
                        table.columns().stream().map(c -> c.name()).toList()) + ")");
            }
            placements.put(table.name(), placement);
        });
        return model.withDistributions(placements);
    }

    /** The placements the settings name, by table, as the model states them; none without a citus section. */
    static Map<QualifiedName, Distribution> fromSettings(CitusSettings citus) {
        Map<QualifiedName, Distribution> placements = new LinkedHashMap<>();
        for (DistributedTable distributed : citus.distributed()) {
            placements.put(QualifiedName.parse(distributed.table()),
                    Distribution.distributed(distributed.column(), distributed.colocateWith()));
        }
        citus.reference().forEach(table -> placements.put(QualifiedName.parse(table), Distribution.reference(0)));
        return placements;
    }

    private static Table mapped(SchemaModel model, String name, String key, Path settingsFile) {
        return model.table(QualifiedName.parse(name)).orElseThrow(() -> new WsMigrateException(ExitCode.CONFIG,
                settingsFile + ": migrations.citus." + key + " names the table " + name + ", which no entity of the"
                        + " package maps; name a table of the entities (schema.name outside public)"));
    }
}
