package io.wsmigrate.liquibase;

import io.wsmigrate.ops.ColumnNumbering.SerialToIdentity;
import io.wsmigrate.ops.ColumnOperation.AlterColumnIdentity;
import io.wsmigrate.ops.ConstraintOperation.DropUniqueConstraint;
import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.Identity;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.UniqueConstraint;
import io.wsmigrate.testing.Lookalikes;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL ws-migrate writes itself for what Liquibase has no change for (a serial made an
 * identity, an identity's sequence moved past the rows, a constraint PostgreSQL named) calls
 * pg_catalog's functions and operators by name: lookalikes planted in public, which match those
 * calls better than pg_catalog's (see the reliability package's SearchPathLookalikeTest), never run.
 */
class GeneratedSqlLookalikeTest {
    private static final String PLANT = Lookalikes.plant("""
            CREATE FUNCTION public.setval(text, bigint) RETURNS bigint LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('setval(text, bigint)') THEN pg_catalog.setval($1, $2) END $$;
            CREATE FUNCTION public.setval(text, integer) RETURNS bigint LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('setval(text, integer)') THEN pg_catalog.setval($1, $2) END $$;
            CREATE FUNCTION public.unnest(text[]) RETURNS SETOF text LANGUAGE sql
                AS $$ SELECT pg_catalog.unnest($1) WHERE public.planted_call('unnest(text[])') $$;
            CREATE FUNCTION public.format(text, name) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('format(text, name)') THEN pg_catalog.format($1, $2) END $$;
            CREATE FUNCTION public.planted_eq(oid, regclass) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('oid = regclass') AND $1 OPERATOR(pg_catalog.=) $2 $$;
            CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_eq(smallint[], smallint[]) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('smallint[] = smallint[]') AND $1 OPERATOR(pg_catalog.=) $2 $$;
            CREATE OPERATOR public.= (LEFTARG = smallint[], RIGHTARG = smallint[], FUNCTION = public.planted_eq);
            """);
    private static final QualifiedName TABLE = QualifiedName.of("offer");
    private static final ColumnType INT = ColumnType.of("integer");

    @Test
    void noLookalikeRunsInTheSqlWsMigrateWrites() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE offer (id serial PRIMARY KEY, code int UNIQUE, number int NOT NULL)",
                    "INSERT INTO offer (code, number) SELECT g, g FROM generate_series(1, 5) g");
            db.execute(PLANT);

            db.apply(new SerialToIdentity(TABLE, "id", INT, QualifiedName.of("offer_id_seq"),
                    "nextval('offer_id_seq'::regclass)", Identity.BY_DEFAULT));
            db.apply(new AlterColumnIdentity(TABLE, "number", Identity.NONE, Identity.BY_DEFAULT));
            db.apply(new DropUniqueConstraint(TABLE, new UniqueConstraint(null, List.of("code"))));

            assertThat(db.column(Lookalikes.CALLS)).as("planted code that ran").isEmpty();
            assertThat(db.value("SELECT pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('offer', 'id'))"))
                    .isEqualTo("6");
            assertThat(db.value("SELECT pg_catalog.nextval(pg_catalog.pg_get_serial_sequence('offer', 'number'))"))
                    .isEqualTo("6");
            assertThat(db.constraints("offer")).noneMatch(name -> name.contains("code"));
        }
    }
}
