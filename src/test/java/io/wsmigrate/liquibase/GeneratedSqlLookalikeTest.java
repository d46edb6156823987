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
            CREATE FUNCTION public.planted_cat(character varying, text) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('varchar || text') THEN $1::text OPERATOR(pg_catalog.||) $2 END $$;
            CREATE OPERATOR public.|| (LEFTARG = character varying, RIGHTARG = text, FUNCTION = public.planted_cat);
            CREATE FUNCTION public.nextval(text) RETURNS bigint LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('nextval(text)') THEN pg_catalog.nextval($1) END $$;
            CREATE FUNCTION public.currval(text) RETURNS bigint LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('currval(text)') THEN pg_catalog.currval($1) END $$;
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

    /**
     * Nor in the calls Liquibase writes for entries that name a sequence (its auto-increment, a
     * sequence's next or current value): a bare literal would let a lookalike taking text win, run
     * at once or stored in a default that every later insert runs.
     */
    @Test
    void noLookalikeRunsInTheSequenceCallsLiquibaseWrites() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE counter (n bigint, copy bigint)", "CREATE SEQUENCE other_seq");
            db.execute(PLANT);

            db.apply(ChangeYaml.parse("""
                    - addAutoIncrement: {tableName: counter, columnName: n, columnDataType: bigint}
                    - insert:
                        tableName: counter
                        columns:
                          - {column: {name: n, valueSequenceNext: other_seq}}
                          - {column: {name: copy, valueSequenceCurrent: other_seq}}
                    - addColumn:
                        tableName: counter
                        columns: [{column: {name: third, type: bigint, defaultValueSequenceNext: other_seq}}]
                    """));
            db.execute("INSERT INTO counter DEFAULT VALUES");

            assertThat(db.column(Lookalikes.CALLS)).as("planted code that ran").isEmpty();
            assertThat(db.rows("SELECT n, copy, third FROM counter ORDER BY copy NULLS LAST"))
                    .containsExactly(List.of("1", "1", "2"), java.util.Arrays.asList("1", null, "3"));
        }
    }

    /** Nor in the concatenation Liquibase writes to merge two columns. */
    @Test
    void noLookalikeRunsInAMergeOfColumns() throws Exception {
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE person (id int, first varchar(20), last varchar(20))",
                    "INSERT INTO person VALUES (1, 'Ada', 'L')");
            db.execute(PLANT);

            db.apply(ChangeYaml.parse("""
                    - mergeColumns: {tableName: person, column1Name: first, joinString: ' ', column2Name: last,
                                     finalColumnName: full_name, finalColumnType: text}
                    """));

            assertThat(db.column(Lookalikes.CALLS)).as("planted code that ran").isEmpty();
            assertThat(db.value("SELECT full_name FROM person")).isEqualTo("Ada L");
        }
    }
}
