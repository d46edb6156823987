package io.wsmigrate.reliability;

import static io.wsmigrate.ExitCode.MIGRATION;
import static io.wsmigrate.ExitCode.REVISION;
import static io.wsmigrate.reliability.BadInput.scripts;

import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;

/** Malformed revision files, broken revision graphs, and version tables that disagree with the scripts. */
final class ScriptCases {
    private static final String V = "migrations/versions/";

    private ScriptCases() {
    }

    static List<BadInput> all() {
        return List.of(
                scripts("malformed YAML").given(s -> s.write(V + "a1_r.yaml", "revision: a1\nupgrade: [\n"))
                        .run("upgrade", "--sql", "head").fails(REVISION, "a1_r.yaml:3:1", "malformed YAML"),
                scripts("unknown change type").withDatabase().given(s -> s.revision("a1", null,
                                "- createTabel: {tableName: t}", "- dropTable: {tableName: t}"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1",
                                "unknown change type 'createTabel'", "createTable"),
                scripts("misspelt change attribute").withDatabase().given(s -> s.revision("a1", null,
                                "- createTable: {tableNam: t, columns: [{column: {name: id, type: int}}]}",
                                "- dropTable: {tableName: t}"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1",
                                "unknown attribute 'tableNam'"),
                scripts("change without required attribute").withDatabase().given(s -> s.revision("a1", null,
                                "- createTable: {tableName: t}", "- dropTable: {tableName: t}"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1", "columns"),
                scripts("change missing an attribute Liquibase needs").withDatabase().given(s -> s.revision("a1",
                                null, "- addNotNullConstraint: {tableName: t, defaultNullValue: x}", "[]"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1",
                                "addNotNullConstraint change cannot be turned into SQL", "needs an attribute"),
                scripts("refused change type").withDatabase().given(s -> s.revision("a1", null,
                                "- output: {message: hello}", "[]"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1", "output change"),
                scripts("second revision broken, first not applied").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.revision("b2", "a1", "- addColumn: {tableName: t1, colums: []}", "[]");
                }).run("upgrade", "head").fails(REVISION, "b2_r.yaml: upgrade entry 1", "colums"),
                scripts("broken downgrade in --sql").given(s -> s.revision("a1", null, "- sql: SELECT 1",
                                "- dropTabel: {tableName: t}"))
                        .run("downgrade", "--sql", "a1:base").fails(REVISION, "a1_r.yaml: downgrade entry 1",
                                "dropTabel"),
                scripts("duplicate revision ids").given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.write(V + "a1_copy.yaml", s.read(V + "a1_r.yaml"));
                }).run("heads").fails(REVISION, "revision a1 is declared by two files", "a1_copy.yaml", "a1_r.yaml"),
                scripts("dangling down_revision").given(s -> s.tableRevision("a1", "zz9", "t1")).run("heads")
                        .fails(REVISION, "a1", "zz9"),
                scripts("cycle").given(s -> {
                    s.tableRevision("a1", "b2", "t1");
                    s.tableRevision("b2", "a1", "t2");
                }).run("history").fails(REVISION, "cycle", "a1", "b2"),
                scripts("self-referencing revision").given(s -> s.tableRevision("a1", "a1", "t1")).run("heads")
                        .fails(REVISION, "a1"),
                scripts("unknown depends_on").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\ndepends_on: nowhere9\nupgrade: []\ndowngrade: []\n")).run("heads")
                        .fails(REVISION, "a1", "nowhere9"),
                scripts("duplicate branch label").given(s -> {
                    s.write(V + "a1_r.yaml", "revision: a1\nbranch_labels: [x]\nupgrade: []\ndowngrade: []\n");
                    s.write(V + "b2_r.yaml", "revision: b2\nbranch_labels: [x]\nupgrade: []\ndowngrade: []\n");
                }).run("heads").fails(REVISION, "branch label `x`"),
                scripts("version table names an unknown revision").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.runOk("upgrade", "head");
                    delete(s, V + "a1_r.yaml");
                }).run("current").fails(REVISION, "names revision a1 that no script", "stamp --purge"),
                scripts("applied revision edited afterwards").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.runOk("upgrade", "head");
                    s.write(V + "a1_r.yaml", s.read(V + "a1_r.yaml").replace("type: int", "type: bigint"));
                }).run("upgrade", "head").warns("revision a1", "a1_r.yaml", "changed after it was applied"),
                scripts("failing SQL rolls back").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.runOk("upgrade", "head");
                    s.revision("b2", "a1", "- createTable: {tableName: t2, columns: [{column: {name: id, type: int}}]}"
                            + "\n- sql: INSERT INTO no_such_table VALUES (1)", "- dropTable: {tableName: t2}");
                }).run("upgrade", "head").fails(MIGRATION, "upgrade of revision b2", "b2_r.yaml", "statement 2 of 2",
                        "no_such_table", "rolled back"),
                scripts("malformed YAML in the header").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nmessage: 'unclosed\nupgrade: []\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml:", "malformed YAML"),
                scripts("first revision fails").withDatabase().given(s -> s.revision("a1", null,
                                "- sql: INSERT INTO no_such_table VALUES (1)", "[]"))
                        .run("upgrade", "head").fails(MIGRATION, "upgrade of revision a1", "no_such_table"),
                scripts("unknown top-level key").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\ndown_revison: null\nupgrade: []\ndowngrade: []\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml:2:1", "unknown key 'down_revison'"),
                scripts("empty file").given(s -> s.write(V + "a1_r.yaml", "")).run("heads")
                        .fails(REVISION, "a1_r.yaml", "the file is empty"),
                scripts("only a comment").given(s -> s.write(V + "a1_r.yaml", "# nothing here\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml", "the file is empty"),
                scripts("not UTF-8").given(s -> s.write(V + "a1_r.yaml", new byte[] {'r', 'e', 'v', ':', ' ',
                                (byte) 0xc3, (byte) 0x28, '\n'})).run("heads")
                        .fails(REVISION, "a1_r.yaml", "not valid UTF-8"),
                scripts("top level is a list").given(s -> s.write(V + "a1_r.yaml", "- revision: a1\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml:1:1", "a revision file is a map of keys"),
                scripts("missing revision key").given(s -> s.write(V + "a1_r.yaml", "upgrade: []\ndowngrade: []\n"))
                        .run("heads").fails(REVISION, "a1_r.yaml", "no `revision:` key"),
                scripts("revision id is a list").given(s -> s.write(V + "a1_r.yaml", "revision: [a1]\nupgrade: []\n"))
                        .run("heads").fails(REVISION, "a1_r.yaml:1:11", "revision must be a single id"),
                scripts("down_revision is a map").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\ndown_revision: {a: b}\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml:2:16", "down_revision must be"),
                scripts("upgrade is not a list").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nupgrade: createTable\n")).run("upgrade", "head")
                        .fails(REVISION, "a1_r.yaml:2:10", "upgrade must be a list of changes"),
                scripts("entry with two change types").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nupgrade:\n  - sql: SELECT 1\n    dropTable: {tableName: t}\n"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml:3:5", "single-key map"),
                scripts("sql change is a number").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nupgrade:\n  - sql: 42\n")).run("upgrade", "head")
                        .fails(REVISION, "a1_r.yaml:3:10", "(sql) must map to the change's attributes"),
                scripts("transactional not a boolean").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\ntransactional: maybe\n")).run("heads")
                        .fails(REVISION, "a1_r.yaml:2:16", "transactional must be true or false"),
                scripts("duplicate key in a change").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nupgrade:\n  - dropTable: {tableName: a, tableName: b}\n"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml:3:31", "duplicate key 'tableName'"),
                scripts("versions folder missing").given(s -> delete(s, "migrations/versions/.gitkeep",
                                "migrations/versions")).run("heads")
                        .fails(REVISION, "has no versions/ folder"));
    }

    private static void delete(TestProject sandbox, String... relatives) {
        try {
            for (String relative : relatives) {
                Files.delete(sandbox.dir().resolve(relative));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
