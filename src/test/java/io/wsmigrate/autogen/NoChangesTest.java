package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The other half of every kind: a database that Hibernate's own DDL created for the entities is
 * already up to date, so autogenerate finds nothing and writes no file. A difference here is a
 * spelling that one side of the comparison does not fold.
 */
class NoChangesTest {
    @TempDir
    Path folder;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tableadded", "columns", "nullability", "defaults", "typesizes", "typefamilies",
            "primarykeys", "uniques", "indexes", "foreignkeys", "ondelete", "checks", "sequences", "comments",
            "identifiers", "renames", "lobs", "referencedkey", "charbooleans"})
    void aDatabaseCreatedByHibernatesDdlNeedsNoRevision(String kind) {
        try (AutogenFixture fixture = AutogenFixture.createFromEntities(folder, kind)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).isEmpty();
            assertThat(result.file()).isNull();
        }
    }
}
