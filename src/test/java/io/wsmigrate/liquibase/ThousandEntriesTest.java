package io.wsmigrate.liquibase;

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
 * A thousand entries through one {@link ChangeSql}: each gives its statement. The CPU cost per
 * entry is printed for curiosity; speed targets live in the benchmark (src/bench), not here.
 */
class ThousandEntriesTest {
    private static final int ENTRIES = 1000;

    @Test
    void thousandSmallCreateTablesGiveOneStatementEach() {
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
        assertThat(statements).allMatch(sql -> sql.startsWith("CREATE TABLE t"));
        System.out.printf("Liquibase: %.2f ms of CPU per small createTable%n", millisPerEntry);
    }
}
