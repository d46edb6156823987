package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.autogen.oracle.ExpressionPaths;
import io.wsmigrate.entities.EntitySource;
import io.wsmigrate.testing.TestPostgres;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every expression of every fixture package, compared with Hibernate's own DDL as PostgreSQL
 * prints it, by both ways: the canonicalizer (what autogenerate and check use) and the server's own
 * print of the model's text (the measured alternative). Both must agree with Hibernate everywhere;
 * of the pairs that mean different things, the canonicalizer may call equal only its documented
 * blind spots, so a regression, or a fix, shows here.
 */
class ExpressionPathsTest {
    @Test
    void everyFixtureExpressionAgreesWithHibernatesDdl() throws IOException, SQLException, URISyntaxException {
        Path classes = Path.of(ExpressionPathsTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path fixtures = classes.resolve("io/wsmigrate/autogen/fixtures");
        List<String> packages;
        try (Stream<Path> folders = Files.list(fixtures)) {
            packages = folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
        int expressions = 0;
        List<String> canonical = new ArrayList<>();
        List<String> server = new ArrayList<>();
        for (String kind : packages) {
            ExpressionPaths.Tally tally;
            try {
                tally = ExpressionPaths.measure(new EntitySource(List.of(classes),
                        List.of("io.wsmigrate.autogen.fixtures." + kind), true,
                        Map.of("jakarta.persistence.database-major-version", String.valueOf(TestPostgres.get().major()))));
            } catch (RuntimeException unmappable) {
                System.out.println(kind + ": " + unmappable.getMessage());
                continue;
            }
            System.out.println(kind + ": " + tally);
            expressions += tally.expressions();
            tally.canonicalizer().forEach(d -> canonical.add(kind + " " + d));
            tally.server().forEach(d -> server.add(kind + " " + d));
        }
        System.out.println("fixtures: expressions " + expressions + ", canonicalizer disagrees " + canonical.size()
                + ", server disagrees " + server.size());
        canonical.forEach(d -> System.out.println("  canonicalizer: " + d));
        server.forEach(d -> System.out.println("  server: " + d));
        assertThat(expressions).isPositive();
        assertThat(canonical).as("the canonicalizer's false differences").isEmpty();
        assertThat(server).isEmpty();
    }

    @Test
    void onlyTheServersPrintTellsApartWhatMeansSomethingElse() throws SQLException {
        try (java.sql.Connection connection = TestPostgres.connect(TestPostgres.get().freshDatabase())) {
            List<List<String>> missed = ExpressionPaths.conflations(connection);
            System.out.println("different pairs " + ExpressionPaths.DIFFERENT.size() + ", canonicalizer calls equal "
                    + missed.get(0).size() + ": " + missed.get(0) + ", server calls equal " + missed.get(1).size());
            assertThat(missed.get(1)).isEmpty();
            // the canonicalizer's known blind spots (docs/architecture.md, "Reading SQL"): a cast the
            // server would add by itself, which only the columns' types tell apart
            assertThat(missed.get(0)).containsExactly("check a::numeric / b > 0.5 / a / b > 0.5",
                    "check code::text = 'ab' / code = 'ab'", "check a + b::numeric > 1 / a + b > 1");
        }
    }
}
