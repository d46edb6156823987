package io.wsmigrate.introspect;

import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.schema.SchemaModel;
import io.wsmigrate.testing.Lookalikes;
import io.wsmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reading the catalog (autogenerate, check, drift) calls pg_catalog's functions and operators
 * where a lookalike planted in public would match better than pg_catalog's (see the reliability
 * package's SearchPathLookalikeTest): none runs, and the model read is the same as without them.
 */
class CatalogLookalikeTest {
    private static final String PLANT = Lookalikes.plant("""
            CREATE FUNCTION public.planted_eq(oid, regclass) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('oid = regclass') AND $1 OPERATOR(pg_catalog.=) $2 $$;
            CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.unnest(smallint[]) RETURNS SETOF smallint LANGUAGE sql
                AS $$ SELECT pg_catalog.unnest($1) WHERE public.planted_call('unnest(smallint[])') $$;
            CREATE FUNCTION public.to_jsonb(pg_catalog.pg_index) RETURNS jsonb LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('to_jsonb(pg_index)') THEN pg_catalog.to_jsonb($1) END $$;
            CREATE FUNCTION public.planted_and(smallint, integer) RETURNS integer LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('smallint & integer') THEN $1 OPERATOR(pg_catalog.&) $2 END $$;
            CREATE OPERATOR public.& (LEFTARG = smallint, RIGHTARG = integer, FUNCTION = public.planted_and);
            CREATE FUNCTION public.planted_eq(oid, integer) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('oid = integer') AND $1 OPERATOR(pg_catalog.=) $2::oid $$;
            CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = integer, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_not_like(name, name) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('name NOT LIKE name') AND $1 OPERATOR(pg_catalog.!~~) $2::text $$;
            CREATE OPERATOR public.!~~ (LEFTARG = name, RIGHTARG = name, FUNCTION = public.planted_not_like);
            CREATE FUNCTION public.planted_field(jsonb, jsonb) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('jsonb ->> jsonb') THEN $1 OPERATOR(pg_catalog.->>) ($2 OPERATOR(pg_catalog.->>) 0) END $$;
            CREATE OPERATOR public.->> (LEFTARG = jsonb, RIGHTARG = jsonb, FUNCTION = public.planted_field);
            """);

    @Test
    void noLookalikeRunsWhileTheCatalogIsReadAndTheModelIsTheSame() throws SQLException {
        DatabaseSettings db = TestPostgres.get().freshDatabase();
        CatalogFixture.execute(db, CatalogFixture.resource("catalog-fixture.sql"));
        SchemaModel before = introspect(db);

        CatalogFixture.execute(db, PLANT);

        SchemaModel after = introspect(db);

        assertThat(plantedCalls(db)).as("planted code that ran").isEmpty();
        assertThat(after.tables()).filteredOn(table -> !table.name().name().startsWith("planted_"))
                .isEqualTo(before.tables());
        assertThat(after.sequences()).filteredOn(sequence -> !sequence.name().name().startsWith("planted_"))
                .isEqualTo(before.sequences());
        assertThat(after.enumTypes()).isEqualTo(before.enumTypes());
    }

    private static SchemaModel introspect(DatabaseSettings db) throws SQLException {
        try (Connection connection = TestPostgres.connect(db)) {
            return CatalogIntrospector.introspect(connection, IntrospectOptions.defaults());
        }
    }

    private static List<String> plantedCalls(DatabaseSettings db) throws SQLException {
        List<String> calls = new ArrayList<>();
        try (Connection connection = TestPostgres.connect(db); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(Lookalikes.CALLS)) {
            while (rows.next()) {
                calls.add(rows.getString(1));
            }
        }
        return calls;
    }
}
