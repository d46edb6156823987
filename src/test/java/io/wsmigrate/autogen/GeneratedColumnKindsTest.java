package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generated columns ({@code @GeneratedColumn}, {@code columnDefinition} with {@code generated always
 * as}): added, changed and dropped, against Hibernate's own DDL for the entities as the oracle.
 */
@Tag(TestPostgres.COMPAT_TAG)
class GeneratedColumnKindsTest {
    @TempDir
    Path folder;

    @Test
    void generatedColumnsAreAddedRebuiltForReviewAndDroppedAsHibernateCreatesThem() {
        String hibernate;
        try (AutogenFixture oracle = AutogenFixture.createFromEntities(folder.resolve("hibernate"), "generated")) {
            hibernate = oracle.generators();
        }
        try (AutogenFixture fixture = AutogenFixture.create(folder.resolve("upgraded"), "generated", """
                create table person (id bigint primary key, name varchar(255),
                                     upper_name varchar(255) generated always as (lower(name)) stored,
                                     initials varchar(10) generated always as ("left"(name, 1)) stored);
                create table line (id bigint primary key, price numeric(10,2), quantity integer not null);
                insert into person (id, name) values (1, 'Ada');
                insert into line values (1, 2.50, 4);
                """)) {
            String before = fixture.generators();
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "create table box",
                    "add column line.total",
                    "drop column person.upper_name",
                    "add column person.upper_name",
                    "drop column person.initials");
            assertThat(AutogenFixture.header(result)).contains(
                    "  - drop column person.upper_name: drops column person.upper_name and its data");
            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.generators()).isEqualTo(hibernate);
            assertThat(fixture.query("select total from line")).containsExactly("10.00");
            assertThat(fixture.query("select upper_name from person")).containsExactly("ADA");
            fixture.execute("insert into box (id, width, height) values (1, 3, 4)");
            assertThat(fixture.query("select area from box")).containsExactly("12");
            fixture.execute("delete from box");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.generators()).isEqualTo(before);
            assertThat(fixture.query("select upper_name, initials from person")).containsExactly("ada|A");
        }
    }
}
