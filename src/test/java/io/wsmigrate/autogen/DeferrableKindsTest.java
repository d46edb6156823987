package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DEFERRABLE keys: a foreign key's deferral changed in place, a unique key's by drop and re-add, new
 * keys created deferrable, as Hibernate's DDL creates them from {@code options} and
 * {@code foreignKeyDefinition}; a deferral the entities do not state is the database's and survives
 * renames and rebuilds.
 */
class DeferrableKindsTest {
    private static final String STATED = """
            create table parent (id bigint primary key, code varchar(255), region varchar(255),
                                 constraint parent_code_key unique (code, region));
            create table child (id bigint primary key, guardian_id bigint, parent_id bigint, sibling_id bigint,
                                constraint child_parent_fk foreign key (parent_id) references parent,
                                constraint child_sibling_fk foreign key (sibling_id) references child
                                    deferrable initially deferred);
            create table note (id bigint primary key, author_id bigint, parent_id bigint,
                               constraint note_parent_fk foreign key (parent_id) references parent,
                               constraint note_author_fk foreign key (author_id) references child);
            """;

    @TempDir
    Path folder;

    @Test
    void deferralsAreSetAsHibernateSetsThemAndTheDowngradeRestoresThem() throws IOException {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "deferrables", STATED)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop unique constraint parent_code_key on parent",
                    "create table tag",
                    "add unique constraint on parent(code, region)",
                    "add foreign key child_guardian_fk child(guardian_id) -> parent",
                    "alter deferral of foreign key child_parent_fk on child: not deferrable -> deferrable initially deferred",
                    "alter deferral of foreign key child_sibling_fk on child: deferrable initially deferred -> not deferrable",
                    "add foreign key tag_parent_fk tag(parent_id) -> parent");
            assertThat(Files.readString(result.file())).contains(
                    "ALTER TABLE child ALTER CONSTRAINT child_parent_fk DEFERRABLE INITIALLY DEFERRED",
                    "ALTER TABLE child ALTER CONSTRAINT child_sibling_fk NOT DEFERRABLE");
            fixture.upgradeMatchesHibernate("deferrables");
            fixture.downgradeRestoresBefore();
        }
    }

    @Test
    void aDeferralTheEntitiesDoNotStateSurvivesRenamesAndRebuilds() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "deferrables", """
                create table parent (id bigint primary key, code varchar(255), region varchar(255),
                                     constraint parent_code_key unique (code, region) deferrable initially deferred);
                create table child (id bigint primary key, guardian_id bigint, parent_id bigint, sibling_id bigint,
                                    constraint child_parent_fk foreign key (parent_id) references parent
                                        deferrable initially deferred,
                                    constraint child_guardian_fk foreign key (guardian_id) references parent deferrable,
                                    constraint child_sibling_fk foreign key (sibling_id) references child);
                create table tag (id bigint primary key, label varchar(255), parent_id bigint,
                                  constraint tag_label_key unique (label, parent_id) deferrable,
                                  constraint tag_parent_fk foreign key (parent_id) references parent
                                      deferrable initially deferred);
                create table note (id bigint, author_id bigint, parent_id bigint,
                                   constraint note_pkey primary key (id) deferrable,
                                   constraint note_parent_fk foreign key (parent_id) references parent
                                       on delete cascade deferrable initially deferred,
                                   constraint note_author_old_fk foreign key (author_id) references child deferrable);
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop foreign key note_parent_fk on note",
                    "rename constraint note_author_old_fk to note_author_fk on note",
                    "add foreign key note_parent_fk note(parent_id) -> parent");
            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query("select conname, condeferrable, condeferred, confdeltype from pg_constraint"
                    + " where conrelid = 'note'::regclass order by conname")).containsExactly(
                    "note_author_fk|t|f|a", "note_parent_fk|t|t|a", "note_pkey|t|f| ");
            fixture.downgradeRestoresBefore();
        }
    }
}
