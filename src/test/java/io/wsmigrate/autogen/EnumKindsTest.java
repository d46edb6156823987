package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL enum types ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} and its kin): each case upgrades
 * to exactly the catalog Hibernate's own DDL creates on an empty database, and downgrades back.
 */
@Tag(TestPostgres.COMPAT_TAG)
class EnumKindsTest {
    @TempDir
    Path folder;

    /** A type with the implicit casts Hibernate creates with it. */
    private static String enumType(String name, String labels) {
        return "create type " + name + " as enum (" + labels + ");\n"
                + "create cast (varchar as " + name + ") with inout as implicit;\n"
                + "create cast (" + name + " as varchar) with inout as implicit;\n";
    }

    @Test
    void newEnumTypesAreCreatedWithTheirCastsBeforeTheColumnsThatUseThem() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumcreated", """
                create table visitor (id bigint primary key);
                insert into visitor values (1);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create enum type flavor ('CHOCOLATE', 'VANILLA')",
                    "create enum type mood ('ANGRY', 'HAPPY', 'SAD')",
                    "create enum type weekday ('MONDAY', 'TUESDAY', 'WEDNESDAY')",
                    "create table shift",
                    "add column visitor.flavor",
                    "add column visitor.mood");
            assertThat(result.files()).hasSize(1);
            fixture.upgradeMatchesHibernate("enumcreated");
            fixture.execute("insert into shift values (1, 'TUESDAY'); update visitor set mood = 'SAD'");
            fixture.execute("delete from shift; update visitor set mood = null");
            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select count(*) from pg_type where typtype = 'e'")).containsExactly("0");
        }
    }

    @Test
    void addedLabelsGoInPlaceInANonTransactionalRevisionThatRunsBeforeTheOneUsingThem() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumadded",
                enumType("mood", "'ANGRY', 'SAD'") + enumType("level", "'LOW', 'HIGH'") + """
                create table diary (id bigint primary key, mood mood, level level);
                insert into diary values (1, 'SAD', 'HIGH');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "add values ('TRIVIAL') to enum type level",
                    "add values ('CALM', 'HAPPY') to enum type mood",
                    "set default of diary.mood");
            assertThat(result.files()).hasSize(2);
            assertThat(Files.readString(result.files().get(0))).contains("transactional: false",
                    "ALTER TYPE level ADD VALUE IF NOT EXISTS 'TRIVIAL' BEFORE 'LOW'",
                    "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'CALM' AFTER 'ANGRY'",
                    "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'HAPPY' AFTER 'CALM'");
            assertThat(Files.readString(result.files().get(1))).contains("transactional: true", "'CALM'");
            assertThat(fixture.upgradeSql("000000000001:head"))
                    .contains("-- non-transactional revision: statements run one by one",
                            "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'CALM' AFTER 'ANGRY'");

            fixture.upgradeMatchesHibernate("enumadded");
            fixture.execute("insert into diary (id, level) values (2, 'TRIVIAL')");
            assertThat(fixture.query("select mood, level from diary order by id"))
                    .containsExactly("SAD|HIGH", "CALM|TRIVIAL");
            fixture.execute("delete from diary where id = 2");

            fixture.downgradeAllRestoresBefore();
            assertThat(fixture.query("select mood, level from diary")).containsExactly("SAD|HIGH");
        }
    }

    @Test
    void aLabelReplacedInPlaceIsRenamedAndRowsKeepTheirValue() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumrenamed",
                enumType("size", "'SMALL', 'MID', 'LARGE'") + """
                create table shirt (id bigint primary key, size size);
                insert into shirt values (1, 'MID'), (2, 'LARGE');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly("rename values of enum type size: [MID -> MEDIUM]");
            assertThat(AutogenFixture.header(result)).anySatisfy(line -> assertThat(line).contains("renames values"));
            fixture.upgradeMatchesHibernate("enumrenamed");
            assertThat(fixture.query("select size from shirt order by id")).containsExactly("MEDIUM", "LARGE");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select size from shirt order by id")).containsExactly("MID", "LARGE");
        }
    }

    @Test
    void aRemovedLabelRebuildsTheTypeUnderReviewKeepingRowsDefaultsAndIndexes() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumremoved",
                enumType("color", "'BLUE', 'GREEN', 'RED'") + """
                create table car (id bigint primary key, color color default 'RED');
                create index car_color_idx on car (color);
                insert into car values (1, 'RED'), (2, 'BLUE');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "rebuild enum type color: ('BLUE', 'GREEN', 'RED') -> ('BLUE', 'RED')");
            assertThat(AutogenFixture.header(result)).anySatisfy(line -> assertThat(line)
                    .contains("rebuilds enum type color: fails if a row holds a removed value ('GREEN')"));
            fixture.upgradeMatchesHibernate("enumremoved");
            assertThat(fixture.query("select color from car order by id")).containsExactly("RED", "BLUE");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select color from car order by id")).containsExactly("RED", "BLUE");
            fixture.execute("insert into car (id) values (3)");
            assertThat(fixture.query("select color from car where id = 3")).containsExactly("RED");
        }
    }

    @Test
    void anEnumTypeNoColumnUsesIsDroppedWhenThePackageCreatedIt() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumdropped",
                enumType("genre", "'NOVEL', 'POETRY'") + """
                create table shelf (id bigint primary key, genre genre);
                insert into shelf values (1, 'POETRY');
                """)) {
            fixture.execute("create type other_app_mood as enum ('X')");
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly("drop column shelf.genre", "drop enum type genre");
            fixture.upgradeLeavesNoDifferences();
            fixture.execute("drop type other_app_mood");
            assertThat(fixture.schemaText()).isEqualTo(AutogenFixture.hibernateSchema("enumdropped"));
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void columnsSwitchBetweenVarcharWithACheckAndANativeEnumBothWays() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumswitched",
                enumType("priority", "'HIGH', 'LOW'") + """
                create table issue (id bigint primary key,
                    status varchar(255) default 'OPEN' check (status in ('OPEN','CLOSED')),
                    priority priority);
                insert into issue values (1, 'CLOSED', 'LOW'), (2, 'OPEN', 'HIGH');
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).contains(
                    "create enum type status ('CLOSED', 'OPEN')",
                    "alter type of issue.status: character varying(255) -> status",
                    "alter type of issue.priority: priority -> character varying(255)",
                    "drop enum type priority");
            fixture.upgradeMatchesHibernate("enumswitched");
            assertThat(fixture.query("select status, priority from issue order by id"))
                    .containsExactly("CLOSED|LOW", "OPEN|HIGH");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query("select status, priority from issue order by id"))
                    .containsExactly("CLOSED|LOW", "OPEN|HIGH");
        }
    }

    @Test
    void aRebuildConvertsArrayColumnsOfTablesThePackageDoesNotOwnToo() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumremoved",
                enumType("color", "'BLUE', 'GREEN', 'RED'") + """
                create table car (id bigint primary key, color color default 'RED');
                create index car_color_idx on car (color);
                """)) {
            fixture.execute("create table paint_history (id int primary key, colors color[] default '{RED}');"
                    + " insert into paint_history values (1, '{RED,BLUE}')");
            fixture.autogenerate();

            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query("select format_type(atttypid, atttypmod) from pg_attribute"
                    + " where attrelid = 'paint_history'::regclass and attname = 'colors'")).containsExactly("color[]");
            assertThat(fixture.query("select colors, pg_get_expr(adbin, adrelid) from paint_history, pg_attrdef"
                    + " where adrelid = 'paint_history'::regclass")).containsExactly("{RED,BLUE}|'{RED}'::color[]");

            fixture.downgrade("-1");
            assertThat(fixture.query("select colors::text from paint_history")).containsExactly("{RED,BLUE}");
            fixture.execute("insert into paint_history values (2, '{GREEN}')");
        }
    }

    /** Why label additions get a revision of their own: PostgreSQL refuses to use a label before its commit. */
    @Test
    void aLabelAddedInATransactionCannotBeUsedBeforeItCommits() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "enumadded", enumType("mood", "'SAD'"))) {
            assertThatThrownBy(() -> fixture.execute("begin; alter type mood add value 'CALM';"
                    + " create table t (m mood default 'CALM'); commit"))
                    .hasMessageContaining("unsafe use of new value");
        }
    }
}
