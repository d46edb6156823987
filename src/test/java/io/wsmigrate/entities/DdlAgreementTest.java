package io.wsmigrate.entities;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.schema.Table;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Everything Hibernate's own DDL declares must be in the model, and nothing more: this catches a
 * lost {@code not null} or default (say from a columnDefinition) under every naming setting.
 */
class DdlAgreementTest {
    static final Map<String, String> CAMEL_CASE = Map.of("hibernate.physical_naming_strategy", Fixtures.CAMEL_CASE_NAMING);
    static final Map<String, String> QUOTED = Map.of("hibernate.globally_quoted_identifiers", "true");

    static Stream<Arguments> fixturesAndSettings() {
        return Stream.of(
                Arguments.of(Fixtures.SHOP, Map.of(), 6),
                Arguments.of(Fixtures.SHOP, CAMEL_CASE, 6),
                Arguments.of(Fixtures.SHOP, QUOTED, 6),
                Arguments.of(Fixtures.SHOP, Map.of("hibernate.default_schema", "shop"), 6),
                Arguments.of(Fixtures.EDGE, Map.of(), 9),
                Arguments.of(Fixtures.EDGE, CAMEL_CASE, 9),
                Arguments.of(Fixtures.EDGE, QUOTED, 9));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("fixturesAndSettings")
    void theModelHoldsExactlyWhatHibernatesDdlDeclares(String packageName, Map<String, String> properties, int tables) {
        try (EntityModel model = EntityModelLoader.load(Fixtures.source(packageName, true, properties))) {
            HibernateDdlReader ddl = HibernateDdlReader.read(model.createDdl(Set.of()));

            assertThat(ddl.unread).as("statements the reader does not know").isEmpty();
            assertThat(ddl.tables).hasSize(tables);
            assertThat(mismatches(model.schema(), ddl)).isEmpty();
        }
    }

    static List<String> mismatches(SchemaModel model, HibernateDdlReader ddl) {
        List<String> mismatches = new ArrayList<>();
        if (!new HashSet<>(model.tables().stream().map(Table::name).toList()).equals(ddl.tables.keySet())) {
            mismatches.add("tables: model " + model.tables().stream().map(Table::name).toList() + " ddl " + ddl.tables.keySet());
        }
        if (!new HashSet<>(model.sequences()).equals(new HashSet<>(ddl.sequences))) {
            mismatches.add("sequences: model " + model.sequences() + " ddl " + ddl.sequences);
        }
        ddl.tables.forEach((name, facts) -> model.table(name).ifPresentOrElse(
                table -> compareTable(table, facts, mismatches),
                () -> mismatches.add("table " + name + " is missing from the model")));
        return mismatches;
    }

    private static void compareTable(Table table, HibernateDdlReader.TableFacts facts, List<String> mismatches) {
        QualifiedName name = table.name();
        List<String> primaryKey = table.primaryKey() == null ? List.of() : table.primaryKey().columns();
        expectEqual(mismatches, name + " primary key", primaryKey, facts.primaryKey);
        expectEqual(mismatches, name + " column count", table.columns().size(), facts.columns.size());
        List<UniqueConstraint> uniques = new ArrayList<>(facts.uniques);
        List<CheckConstraint> checks = new ArrayList<>(facts.checks);
        for (HibernateDdlReader.ColumnLine line : facts.columns) {
            Optional<Column> column = table.column(line.name());
            if (column.isEmpty()) {
                mismatches.add(name + "." + line.name() + " is missing from the model");
                continue;
            }
            boolean nullable = !line.notNull() && !line.identity() && !primaryKey.contains(line.name());
            Column expected = new Column(line.name(), ColumnType.parse(line.type()), nullable, line.defaultExpression(),
                    line.identity() ? Identity.BY_DEFAULT : Identity.NONE, facts.columnComments.get(line.name()));
            expectEqual(mismatches, name + "." + line.name(), column.get(), expected);
            if (line.unique()) {
                uniques.add(new UniqueConstraint(null, List.of(line.name())));
            }
            if (line.check() != null) {
                checks.add(new CheckConstraint(null, line.check()));
            }
        }
        expectEqual(mismatches, name + " unique constraints", Set.copyOf(table.uniqueConstraints()), Set.copyOf(uniques));
        expectEqual(mismatches, name + " checks", Set.copyOf(table.checks()), Set.copyOf(checks));
        expectEqual(mismatches, name + " foreign keys", Set.copyOf(table.foreignKeys()), Set.copyOf(facts.foreignKeys));
        expectEqual(mismatches, name + " indexes", Set.copyOf(table.indexes()), Set.copyOf(facts.indexes));
        expectEqual(mismatches, name + " comment", String.valueOf(table.comment()), String.valueOf(facts.comment));
    }

    private static void expectEqual(List<String> mismatches, String what, Object model, Object ddl) {
        if (!model.equals(ddl)) {
            mismatches.add(what + ": model " + model + " but ddl " + ddl);
        }
    }
}
