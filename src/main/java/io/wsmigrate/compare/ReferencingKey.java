package io.wsmigrate.compare;

import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A foreign key together with the table that holds it. */
record ReferencingKey(QualifiedName table, ForeignKey key) {

    /** Every foreign key of the tables, grouped by the table it points at; built once, read by lookup. */
    static Map<QualifiedName, List<ReferencingKey>> byReferencedTable(Collection<Table> tables) {
        Map<QualifiedName, List<ReferencingKey>> index = new HashMap<>();
        for (Table table : tables) {
            for (ForeignKey key : table.foreignKeys()) {
                index.computeIfAbsent(key.referencedTable(), t -> new ArrayList<>())
                        .add(new ReferencingKey(table.name(), key));
            }
        }
        return index;
    }
}
