package io.wsmigrate.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.TableOperation.CreateTable;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.PrimaryKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.Table;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Liquibase's cost per change stays small once it is warm. Measured on this machine (2 shared
 * cores): the first call ~0.45 s of CPU (1.6-2.4 s wall under load), then 0.3-0.8 ms of CPU per
 * small createTable. The bound here is ten times that, in CPU time, so a busy machine can't fail it.
 */
class LiquibaseCostTest {
    private static final int ENTRIES = 1000;
    private static final double MAX_CPU_MILLIS_PER_ENTRY = 5;

    @Test
    void thousandSmallCreateTablesCostFewMillisecondsEach() {
        List<ChangeEntry> entries = new ArrayList<>();
        for (int i = 0; i < ENTRIES; i++) {
            Table table = Table.of(QualifiedName.of("t" + i), List.of(
                            Column.of("id", "bigint", false).withIdentity(Identity.ALWAYS),
                            Column.of("title", "varchar(200)", false),
                            Column.of("created", "timestamptz", true).withDefault("now()")))
                    .withPrimaryKey(new PrimaryKey("t" + i + "_pkey", List.of("id")));
            entries.addAll(ChangeRenderer.render(new CreateTable(table)));
        }
        ChangeSql changeSql = new ChangeSql();
        LiquibaseRuntime.warmUp();
        changeSql.sql(entries.subList(0, 100));
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long start = threads.getCurrentThreadCpuTime();
        List<String> statements = changeSql.sql(entries);
        double millisPerEntry = (threads.getCurrentThreadCpuTime() - start) / 1e6 / ENTRIES;
        assertThat(statements).hasSize(ENTRIES);
        assertThat(millisPerEntry).isLessThan(MAX_CPU_MILLIS_PER_ENTRY);
    }
}
