package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.MigrationPlan;
import io.wsmigrate.ops.SequenceOperation.CreateSequence;
import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.Table;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NewSchemasTest {
    private static Table table(String schema, String name) {
        return Table.of(new QualifiedName(schema, name), List.of(Column.of("id", "bigint", false)));
    }

    @Test
    void schemasOfNewTablesAndSequencesThatTheDatabaseDoesNotHoldAreCreated() {
        MigrationPlan plan = new MigrationPlan(List.of(new CreateTable(table("audit", "event")),
                new CreateTable(table("public", "account")), new CreateTable(table("reports", "daily")),
                new CreateSequence(new Sequence(new QualifiedName("counters", "ids"), 1, 50))));
        Set<String> existing = Set.of("public", "reports");

        assertThat(NewSchemas.of(plan, existing)).containsExactly("audit", "counters");
    }

    @Test
    void theUpgradeCreatesIfMissingAndTheDowngradeDropsOnlyAnEmptySchema() {
        assertThat(NewSchemas.create(Set.of("Audit"))).containsExactly(
                Map.of("sql", Map.of("sql", "CREATE SCHEMA IF NOT EXISTS \"Audit\"")));
        assertThat(NewSchemas.dropIfEmpty(Set.of("audit"))).containsExactly(Map.of("sql", Map.of("sql",
                "DO $$ BEGIN DROP SCHEMA IF EXISTS audit RESTRICT; EXCEPTION WHEN dependent_objects_still_exist"
                        + " THEN NULL; END $$")));
    }
}
