package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.wsmigrate.script.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;

/** Measures listing a large folder; reports the time without asserting it (machines differ). */
class ListingPerformanceTest {
    private static final int FILES = 1000;
    private static final int WARM_UP_ROUNDS = 20;
    private static final int MEASURED_ROUNDS = 10;

    @TempDir
    Path dir;

    @Test
    void thousandFileFolderListsFromHeadersOnly() throws Exception {
        ScriptDirectory scripts = ScriptDirectory.init(dir.resolve("migrations"));
        long bytes = writeChain(dir.resolve("migrations/versions"));

        for (int i = 0; i < WARM_UP_ROUNDS; i++) {
            scripts.revisions();
        }
        // CPU time next to wall time: on a busy shared machine the wall clock mostly measures the neighbours.
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        long total = 0;
        long cpu = 0;
        List<Revision> revisions = List.of();
        for (int i = 0; i < MEASURED_ROUNDS; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            revisions = ScriptDirectory.open(scripts.location()).revisions();
            long elapsed = System.nanoTime() - start;
            cpu += threads.getCurrentThreadCpuTime() - cpuStart;
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        long fullStart = System.nanoTime();
        for (Revision revision : revisions) {
            scripts.load(revision.id());
        }
        long fullParse = System.nanoTime() - fullStart;

        System.out.printf("listing %d files (%d KB): wall best %.1f ms, mean %.1f ms; cpu mean %.1f ms;"
                        + " full parse of every file %.1f ms%n", FILES, bytes / 1024, best / 1e6,
                total / 1e6 / MEASURED_ROUNDS, cpu / 1e6 / MEASURED_ROUNDS, fullParse / 1e6);
        assertThat(revisions).hasSize(FILES);
        assertThat(revisions.get(FILES - 1).downRevisions()).containsExactly(id(FILES - 2));
    }

    /**
     * A linear chain of realistic revisions, each creating a ten-column table with an index and a
     * foreign key. One file is rendered and the others are copies with their own ids and names,
     * which keeps the setup cheap on a shared machine.
     */
    private static long writeChain(Path versions) throws Exception {
        String template = render("self00000000", "parent000000", "table_n");
        long bytes = 0;
        for (int i = 0; i < FILES; i++) {
            String text = i == 0 ? render(id(0), null, "table_0")
                    : template.replace("self00000000", id(i)).replace("parent000000", id(i - 1))
                    .replace("table_n", "table_" + i);
            Files.writeString(versions.resolve(FileNames.fileName(id(i), "Add table_" + i)), text);
            bytes += text.length();
        }
        return bytes;
    }

    private static String render(String id, String parent, String table) {
        NewEntries entries = new NewEntries(id);
        List<Map<String, Object>> upgrade = entries.normalize(List.of(createTable(table),
                map("createIndex", map("tableName", table, "indexName", "ix_" + table + "_name",
                        "columns", List.of(map("column", map("name", "name"))))),
                map("addForeignKeyConstraint", map("baseTableName", table, "baseColumnNames", "parent_id",
                        "constraintName", "fk_" + table + "_parent", "referencedTableName", table,
                        "referencedColumnNames", "id", "onDelete", "CASCADE"))), "upgrade");
        List<Map<String, Object>> downgrade = entries.normalize(List.of(map("dropTable",
                map("tableName", table, "cascadeConstraints", true))), "downgrade");
        NewRevisionFile file = new NewRevisionFile(id, parent == null ? List.of() : List.of(parent), List.of(),
                List.of(), "Add " + table, Samples.DATE, true, List.of("Detected: added table " + table),
                upgrade, downgrade);
        return new RevisionFileRenderer().render(file, upgrade, downgrade);
    }

    private static Map<String, Object> createTable(String table) {
        List<Object> columns = new ArrayList<>();
        columns.add(map("column", map("name", "id", "type", "bigint", "constraints",
                map("primaryKey", true, "nullable", false))));
        columns.add(map("column", map("name", "parent_id", "type", "bigint")));
        for (int c = 0; c < 8; c++) {
            columns.add(map("column", map("name", "name" + (c == 0 ? "" : c), "type", "varchar(255)",
                    "constraints", map("nullable", c % 2 == 0))));
        }
        return map("createTable", map("tableName", table, "columns", columns));
    }

    private static String id(int i) {
        return String.format("%012x", 0xa00000000000L + i);
    }
}
