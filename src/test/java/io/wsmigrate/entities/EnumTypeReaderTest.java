package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The enum types of the entity side are the ones Hibernate's own DDL creates. */
class EnumTypeReaderTest {
    private static final String CREATED = "io.wsmigrate.autogen.fixtures.enumcreated";
    private static final String SWITCHED = "io.wsmigrate.autogen.fixtures.enumswitched";
    private static final List<String> VARCHAR_CASTS = List.of("character varying");

    @Test
    void namedEnumsAreSortedOrdinalOnesKeepTheirOrderAndAllCarryHibernatesCasts() {
        try (EntityModel model = EntityModelLoader.load(Fixtures.source(CREATED, false))) {
            assertThat(model.schema().enumTypes()).containsExactly(
                    new EnumType(QualifiedName.of("flavor"), List.of("CHOCOLATE", "VANILLA"), VARCHAR_CASTS),
                    new EnumType(QualifiedName.of("mood"), List.of("ANGRY", "HAPPY", "SAD"), VARCHAR_CASTS),
                    new EnumType(QualifiedName.of("weekday"), List.of("MONDAY", "TUESDAY", "WEDNESDAY"), VARCHAR_CASTS));
            assertThat(model.schema().table(QualifiedName.of("shift")).orElseThrow().column("day").orElseThrow().type())
                    .isEqualTo(ColumnType.of("weekday"));
            assertThat(model.createDdl(Set.of())).contains(
                    "create type Mood as enum ('ANGRY','HAPPY','SAD')",
                    "create cast (varchar as Mood) with inout as implicit",
                    "create cast (Mood as varchar) with inout as implicit");
        }
    }

    @Test
    void preferringNativeEnumTypesMakesEveryStringEnumANamedEnum() {
        try (EntityModel plain = EntityModelLoader.load(Fixtures.source(SWITCHED, false));
             EntityModel preferring = EntityModelLoader.load(Fixtures.source(SWITCHED, false,
                     Map.of("hibernate.type.prefer_native_enum_types", "true")))) {
            assertThat(plain.schema().enumTypes()).extracting(t -> t.name().name()).containsExactly("status");
            assertThat(preferring.schema().enumTypes()).extracting(t -> t.name().name())
                    .containsExactly("priority", "status");
        }
    }
}
