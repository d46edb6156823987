package io.wsmigrate.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.liquibase.ChangeEntry;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.revision.Revision;
import io.wsmigrate.testing.TempFolders;
import io.wsmigrate.testing.TextMutations;
import io.wsmigrate.testing.Watchdog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Whatever is in a revision file, reading it gives a revision or a {@link WsMigrateException} with
 * a one-line message: never a SnakeYAML exception, a NullPointerException, a ClassCastException or
 * a StackOverflowError, and never a hang. Where the full read succeeds, the header-only listing
 * agrees with it, and the changes turn into SQL or into our error.
 */
class RevisionFileFuzzTest {
    private static final String SOURCE = "versions/a1_fuzz.yaml";
    /** Far above a normal read (milliseconds), low enough that a parser loop fails the run. */
    private static final Duration LIMIT = Duration.ofSeconds(10);
    private static final List<String> SEEDS = seeds();
    private static final ChangeSql CHANGE_SQL = new ChangeSql();
    private static Path folder;
    private static ScriptDirectory scripts;
    private static Path versions;

    @AfterContainer
    static void deleteFolder() {
        TempFolders.deleteRecursively(folder);
        folder = null;
        scripts = null;
    }

    @Property(tries = 1000)
    void mutatedRevisionFilesReadOrFailWithOneLine(@ForAll("mutatedRevisions") String text) {
        assertReadsOrFailsCleanly(text);
    }

    @Property(tries = 600)
    void tokenSoupReadsOrFailsWithOneLine(@ForAll("tokenSoup") String text) {
        assertReadsOrFailsCleanly(text);
    }

    @Property(tries = 300)
    void randomBytesListOrFailWithOneLine(@ForAll("revisionBytes") byte[] bytes) throws IOException {
        ScriptDirectory directory = scriptsFolder();
        Files.write(versions.resolve("a1_fuzz.yaml"), bytes);
        Watchdog.within(LIMIT, () -> {
            try {
                for (Revision revision : directory.revisions()) {
                    directory.load(revision.id());
                }
            } catch (WsMigrateException e) {
                assertOneLine(e);
            }
        });
    }

    @Property(tries = 300)
    void parsedChangesCompileOrFailWithOneLine(@ForAll("mutatedRevisions") String text) {
        RevisionScript script;
        try {
            script = new RevisionFileReader().readFull(SOURCE, text);
        } catch (WsMigrateException e) {
            return;
        }
        for (Map<String, Object> entry : Stream.concat(script.upgrade().stream(), script.downgrade().stream()).toList()) {
            Watchdog.within(LIMIT, () -> {
                try {
                    CHANGE_SQL.sql(ChangeEntry.fromMap(entry));
                } catch (WsMigrateException e) {
                    assertOneLine(e);
                }
            });
        }
    }

    @Provide
    Arbitrary<String> mutatedRevisions() {
        return TextMutations.mutants(SEEDS, 4);
    }

    @Provide
    Arbitrary<String> tokenSoup() {
        return TextMutations.tokenSoup(40);
    }

    @Provide
    Arbitrary<byte[]> revisionBytes() {
        return TextMutations.byteMutants(SEEDS);
    }

    private static void assertReadsOrFailsCleanly(String text) {
        Watchdog.within(LIMIT, () -> readOrFailCleanly(text));
    }

    private static void readOrFailCleanly(String text) {
        RevisionFileReader reader = new RevisionFileReader();
        RevisionScript full = null;
        try {
            full = reader.readFull(SOURCE, text);
        } catch (WsMigrateException e) {
            assertOneLine(e);
        }
        try {
            Revision header = reader.readHeader(SOURCE, text);
            if (full != null) {
                assertThat(header).isEqualTo(full.revision());
            }
        } catch (WsMigrateException e) {
            assertOneLine(e);
            assertThat(full).as("the header fails only where the full read fails").isNull();
        }
    }

    private static void assertOneLine(WsMigrateException e) {
        assertThat(e.getMessage()).isNotBlank().doesNotContain("\n").doesNotContain("\r");
    }

    private static synchronized ScriptDirectory scriptsFolder() throws IOException {
        if (scripts == null) {
            folder = Files.createTempDirectory("revision-fuzz");
            scripts = ScriptDirectory.init(folder.resolve("migrations"));
            versions = folder.resolve("migrations/versions");
        }
        return scripts;
    }

    private static List<String> seeds() {
        List<String> seeds = new ArrayList<>(List.of(
                """
                # Add offer
                revision: a1b2c3d4e5f6
                down_revision: null
                branch_labels: [billing]
                depends_on: []
                message: Add offer
                create_date: 2026-11-27T08:00:00Z
                transactional: true
                upgrade:
                  - createTable:
                      tableName: offer
                      columns:
                        - column: {name: id, type: bigint, autoIncrement: true, constraints: {primaryKey: true}}
                        - column: {name: price, type: 'numeric(12, 2)', defaultValueNumeric: 0}
                  - createIndex: {tableName: offer, indexName: offer_price_idx, columns: [{column: {name: price}}]}
                  - addForeignKeyConstraint: {baseTableName: offer, baseColumnNames: id, constraintName: fk,
                      referencedTableName: product, referencedColumnNames: id, onDelete: CASCADE}
                  - sql: "CREATE VIEW v AS SELECT 1; -- it's"
                downgrade:
                  - sql: {sql: DROP VIEW v, splitStatements: false}
                  - dropIndex: {tableName: offer, indexName: offer_price_idx}
                  - dropTable: {tableName: offer, cascadeConstraints: true}
                """,
                """
                revision: '0010'
                down_revision: [a1b2, c3d4]
                message: merge
                upgrade: []
                downgrade: []
                """,
                """
                revision: b2
                down_revision: a1
                transactional: false
                upgrade:
                  - addColumn: {tableName: offer, columns: [{column: {name: note, type: text, defaultValue: 'x'}}]}
                  - sql: &d {sql: SELECT 1, splitStatements: false}
                  - sql: {<<: *d, stripComments: true}
                  - renameColumn: {tableName: offer, oldColumnName: note, newColumnName: remark}
                  - addNotNullConstraint: {tableName: offer, columnName: remark, defaultNullValue: ''}
                  - modifyDataType: {tableName: offer, columnName: remark, newDataType: varchar(200)}
                  - insert: {tableName: offer, columns: [{column: {name: id, valueNumeric: 1}},
                      {column: {name: remark, value: "yes"}}, {column: {name: at, valueDate: 2024-01-01}}]}
                  - createSequence: {sequenceName: s, startValue: 10, incrementBy: 5}
                  - addUniqueConstraint: {tableName: offer, columnNames: 'remark, id', constraintName: uq}
                  - sql: CREATE INDEX CONCURRENTLY ix ON offer (remark)
                downgrade:
                  - dropColumn: {tableName: offer, columnName: remark}
                  - renameTable: {oldTableName: offer, newTableName: deal}
                  - addDefaultValue: {tableName: offer, columnName: id, defaultValueNumeric: 1}
                  - dropSequence: {sequenceName: s}
                """));
        try (Stream<Path> files = Files.list(Path.of("migrations/versions"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                seeds.add(Files.readString(file, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(seeds);
    }
}
