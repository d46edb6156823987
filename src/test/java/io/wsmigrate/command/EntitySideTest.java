package io.wsmigrate.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.command.AutogenerateCommands.DatabaseSide;
import io.wsmigrate.entities.EntityModel;
import io.wsmigrate.entities.EntityModelCache;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which remembered model the entity side takes: the entry read while the catalog is read is used
 * only when it was built for the database's server; any other major boots Hibernate.
 */
class EntitySideTest {
    private static final Supplier<EntityModel> NO_BOOT = () -> {
        throw new IllegalStateException("Hibernate booted");
    };

    @TempDir
    Path dir;

    @Test
    void theOnlyEntryIsUsedWhenItIsForTheServersMajor() throws IOException {
        EntityModelCache cache = cache();
        cache.store(15, model("for_15"));

        EntitySide.Sides sides = EntitySide.read(cache, NO_BOOT, () -> database(15));

        assertThat(sides.model()).isEqualTo(model("for_15"));
        assertThat(sides.database().serverMajor()).isEqualTo(15);
    }

    @Test
    void theOnlyEntryOfAnotherMajorIsNotUsed() throws IOException {
        EntityModelCache cache = cache();
        cache.store(14, model("for_14"));

        assertThatThrownBy(() -> EntitySide.read(cache, NO_BOOT, () -> database(15)))
                .hasMessage("Hibernate booted");
    }

    @Test
    void ofSeveralEntriesTheServersIsUsed() throws IOException {
        EntityModelCache cache = cache();
        cache.store(14, model("for_14"));
        cache.store(16, model("for_16"));

        assertThat(EntitySide.read(cache, NO_BOOT, () -> database(16)).model()).isEqualTo(model("for_16"));
        assertThat(EntitySide.read(cache, NO_BOOT, () -> database(14)).model()).isEqualTo(model("for_14"));
    }

    private EntityModelCache cache() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        return EntityModelCache.in(dir.resolve("cache"), new EntitySource(List.of(classes), List.of("shop"), true,
                Map.of()), Files::createDirectories);
    }

    private static SchemaModel model(String table) {
        return new SchemaModel(List.of(Table.of(QualifiedName.of(table), List.of(Column.of("id", "bigint", false)))),
                List.of());
    }

    private static DatabaseSide database(int major) {
        return new DatabaseSide(SchemaModel.EMPTY, Set.of("public"), major);
    }
}
