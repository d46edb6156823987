package io.wsmigrate.reliability;

import static io.wsmigrate.ExitCode.CONFIG;
import static io.wsmigrate.ExitCode.REVISION;
import static io.wsmigrate.reliability.BadInput.scripts;

import io.wsmigrate.testing.TestPostgres;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The second round of hostile inputs (issue 13): revision ids, transaction control, files outside
 * the scripts folder and version tables changed by hand, each refused before anything runs.
 */
final class RoundTwoCases {
    private static final String V = "migrations/versions/";
    private static final String LONG_ID = "a".repeat(70);
    private static final String LONG_PACKAGE = "com.example." + "x".repeat(60);

    private RoundTwoCases() {
    }

    static List<BadInput> all() {
        return List.of(
                scripts("revision id of 70 characters in a file").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: " + LONG_ID + "\ntransactional: false\nupgrade:\n"
                                        + "  - sql: CREATE TABLE t1 (id int)\ndowngrade: []\n"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml:1:11", "revision id '" + LONG_ID
                                + "' is not valid", "at most 64 characters", "rename it"),
                scripts("revision id base in a file").given(s -> s.tableRevision("base", null, "t1")).run("heads")
                        .fails(REVISION, "base_r.yaml:1:11", "revision id 'base' is not valid",
                                "not base, current, head or heads"),
                scripts("revision id with a colon in a file").given(s -> s.write(V + "a1_r.yaml",
                                "revision: 'a:b'\nupgrade: []\ndowngrade: []\n")).run("history")
                        .fails(REVISION, "a1_r.yaml:1:11", "revision id 'a:b' is not valid"),
                scripts("revision id with a space in a file").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a b\nupgrade: []\ndowngrade: []\n")).run("upgrade", "--sql", "head")
                        .fails(REVISION, "a1_r.yaml:1:11", "revision id 'a b' is not valid"),
                scripts("COMMIT in a transactional revision").withDatabase().given(s -> s.revision("a1", null,
                                "- sql: CREATE TABLE t1 (id int)\n- sql: COMMIT\n- sql: CREATE TABLE t2 (id int)", "[]"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 2: `COMMIT` controls the"
                                + " transaction", "each revision in one transaction", "split the revision in two"),
                scripts("ROLLBACK in a transactional revision").withDatabase().given(s -> s.revision("a1", null,
                                "- sql: 'CREATE TABLE t1 (id int); ROLLBACK'", "[]"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1: `ROLLBACK` controls"),
                scripts("SAVEPOINT in a revision").withDatabase().given(s -> s.revision("a1", null,
                                "- sql: 'SAVEPOINT s1; CREATE TABLE t1 (id int); ROLLBACK TO SAVEPOINT s1'", "[]"))
                        .run("upgrade", "head").fails(REVISION, "upgrade entry 1: `SAVEPOINT` controls"),
                scripts("BEGIN in a non-transactional revision").withDatabase().given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\ntransactional: false\nupgrade:\n  - sql: CREATE TABLE t1 (id int)\n"
                                        + "  - sql: 'BEGIN; CREATE TABLE t2 (id int)'\ndowngrade: []\n"))
                        .run("upgrade", "head").fails(REVISION, "upgrade entry 2: `BEGIN` controls",
                                "statement by statement"),
                scripts("SET TRANSACTION in a downgrade").withDatabase().given(s -> {
                    s.revision("a1", null, "- sql: CREATE TABLE t1 (id int)",
                            "- sql: DROP TABLE t1\n- sql: SET TRANSACTION ISOLATION LEVEL SERIALIZABLE");
                    s.runOk("upgrade", "head");
                }).run("downgrade", "base").fails(REVISION, "downgrade entry 2: `SET TRANSACTION` controls"),
                scripts("sqlFile leaving the scripts folder").given(s -> {
                    s.write("secret.sql", "DROP TABLE precious;\n");
                    s.revision("a1", null, "- sqlFile: {path: ../secret.sql}", "[]");
                }).run("upgrade", "--sql", "head").fails(REVISION, "a1_r.yaml: path '../secret.sql' leaves the"
                        + " scripts folder", "copy the file there"),
                scripts("sqlFile relative to the revision leaving the folder").given(s -> {
                    s.write("secret.sql", "DROP TABLE precious;\n");
                    s.revision("a1", null, "- sqlFile: {path: ../../secret.sql, relativeToChangelogFile: true}",
                            "[]");
                }).run("upgrade", "--sql", "head").fails(REVISION, "path '../../secret.sql' leaves the scripts folder"),
                scripts("sqlFile with an absolute path").given(s -> s.revision("a1", null,
                                "- sqlFile: {path: /etc/passwd}", "[]"))
                        .run("upgrade", "--sql", "head").fails(REVISION, "path '/etc/passwd' leaves the scripts folder"),
                scripts("sqlFile through a symbolic link out of the folder").given(s -> {
                    s.write("secret.sql", "DROP TABLE precious;\n");
                    symlink(s, "migrations/link.sql", "../secret.sql");
                    s.revision("a1", null, "- sqlFile: {path: link.sql}", "[]");
                }).run("upgrade", "--sql", "head").fails(REVISION, "path 'link.sql' is a symbolic link to a file"
                        + " outside the scripts folder"),
                scripts("sqlFile edited after it was applied").withDatabase().given(s -> {
                    s.write("migrations/t1.sql", "CREATE TABLE t1 (id int);\n");
                    s.revision("a1", null, "- sqlFile: {path: t1.sql}", "- dropTable: {tableName: t1}");
                    s.runOk("upgrade", "head");
                    s.write("migrations/t1.sql", "CREATE TABLE t1 (id bigint);\n");
                }).run("upgrade", "head").warns("revision a1", "changed after it was applied"),
                scripts("version table missing an intermediate row").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.tableRevision("b2", "a1", "t2");
                    s.tableRevision("c3", "b2", "t3");
                    s.runOk("upgrade", "head");
                    sql(s, "DELETE FROM ws_migrate_com_example_badinput WHERE version_num = 'b2'");
                }).run("downgrade", "-1").fails(REVISION, "version table ws_migrate_com_example_badinput is"
                        + " inconsistent (no row for b2 below head c3)", "stamp --purge c3", "nothing was run"),
                scripts("version table with two heads on one branch").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.tableRevision("b2", "a1", "t2");
                    s.runOk("upgrade", "head");
                    sql(s, "UPDATE ws_migrate_com_example_badinput SET is_head = true");
                }).run("upgrade", "head").fails(REVISION, "a1 is marked as head but is below another head",
                        "stamp --purge b2"),
                scripts("two packages whose version tables collide").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.runOk("upgrade", "head");
                    otherPackage(s, "other.yaml", "com.example_badinput", "other");
                    s.write("other/versions/z9_r.yaml", "revision: z9\nupgrade: []\ndowngrade: []\n");
                }).run("-c", "{root}/config/other.yaml", "stamp", "--purge", "z9").fails(CONFIG, "the version table"
                        + " ws_migrate_com_example_badinput belongs to package com.example.badinput, not"
                        + " com.example_badinput", "set migrations.version_table", "nothing was changed"),
                scripts("package names equal after 63 bytes").withDatabase().given(s -> {
                    otherPackage(s, "a.yaml", LONG_PACKAGE + ".billing", "migrations");
                    s.tableRevision("a1", null, "t1");
                    s.runOk("-c", s.dir().resolve("config/a.yaml").toString(), "upgrade", "head");
                    otherPackage(s, "b.yaml", LONG_PACKAGE + ".shipping", "other");
                    s.write("other/versions/z9_r.yaml", "revision: z9\nupgrade: []\ndowngrade: []\n");
                }).run("-c", "{root}/config/b.yaml", "upgrade", "head").fails(CONFIG, "belongs to package "
                        + LONG_PACKAGE + ".billing, not " + LONG_PACKAGE + ".shipping"),
                scripts("a line of 4 MB in a revision file").given(s -> s.write(V + "a1_r.yaml",
                                "revision: a1\nupgrade:\n  - sql: \"SELECT '" + "x".repeat(4_000_000) + "'\"\n"))
                        .run("upgrade", "--sql", "head").fails(REVISION, "a1_r.yaml:3:1: line 3 is 4000020 characters"
                                + " long; ws-migrate reads lines of at most 262144 characters"),
                scripts("a sqlFile of over 1 MB of SQL").given(s -> {
                    s.write("migrations/big.sql", ("INSERT INTO t VALUES ('" + "x".repeat(200) + "');\n").repeat(5000));
                    s.revision("a1", null, "- sqlFile: {path: big.sql}", "[]");
                }).run("upgrade", "--sql", "head").fails(REVISION, "upgrade entry 1: the sqlFile change holds",
                        "at most 1048576 per entry"),
                scripts("customChange class not on migrations.classpath").withDatabase().given(s -> s.revision("a1",
                                null, "- customChange: {class: com.example.custom.Missing}", "[]"))
                        .run("upgrade", "head").fails(REVISION, "a1_r.yaml: upgrade entry 1: the class"
                                + " com.example.custom.Missing of this customChange is not on migrations.classpath"
                                + " (which is empty); add the directory or jar"),
                scripts("version table without a head").withDatabase().given(s -> {
                    s.tableRevision("a1", null, "t1");
                    s.runOk("upgrade", "head");
                    sql(s, "UPDATE ws_migrate_com_example_badinput SET is_head = false");
                }).run("current").fails(REVISION, "no row is marked as head", "a1 has a row but is below no head"));
    }

    /** A settings file {@code config/<file>} for another package with its scripts in {@code location}. */
    private static void otherPackage(TestProject sandbox, String file, String packageName, String location) {
        List<String> lines = new java.util.ArrayList<>();
        for (String line : ReliabilityProjects.VALID_SETTINGS) {
            lines.add(line.replace("package: " + ReliabilityProjects.SANDBOX_PACKAGE, "package: " + packageName)
                    .replace("location: migrations", "location: " + location));
        }
        sandbox.write("config/" + file, String.join("\n", lines) + "\n");
        sandbox.write(location + "/versions/.gitkeep", "");
    }

    /** Runs {@code statement} on the sandbox's database, as someone editing it by hand would. */
    static void sql(TestProject sandbox, String statement) {
        try (Connection c = TestPostgres.connect(sandbox.database()); Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement, e);
        }
    }

    private static void symlink(TestProject sandbox, String link, String target) {
        try {
            Files.createSymbolicLink(sandbox.dir().resolve(link), java.nio.file.Path.of(target));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
