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
        for (DistributedTable distributed : citus.distributed()) {
            Table table = mapped(model, distributed.table(), "distributed", settingsFile);
            if (table.column(distributed.column()).isEmpty()) {
                throw new WsMigrateException(ExitCode.CONFIG, settingsFile + ": migrations.citus.distributed."
                        + distributed.table() + " distributes by " + distributed.column() + ", which is not a column of "
                        + table.name() + " (its columns: " + String.join(", ",
                        table.columns().stream().map(c -> c.name()).toList()) + ")");
            }
            placements.put(table.name(), Distribution.distributed(distributed.column(), distributed.colocateWith()));
        }
        for (String reference : citus.reference()) {
            placements.put(mapped(model, reference, "reference", settingsFile).name(), Distribution.reference(0));
        }
        return model.withDistributions(placements);
    }

    private static Table mapped(SchemaModel model, String name, String key, Path settingsFile) {
        return model.table(QualifiedName.parse(name)).orElseThrow(() -> new WsMigrateException(ExitCode.CONFIG,
                settingsFile + ": migrations.citus." + key + " names the table " + name + ", which no entity of the"
                        + " package maps; name a table of the entities (schema.name outside public)"));
    }
}
