package io.wsmigrate.reliability;

import io.wsmigrate.testing.Lookalikes;
import io.wsmigrate.testing.TestProject;
import io.wsmigrate.testing.TestProject.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ws-migrate's own SQL (the version table, the progress table, the lock) calls only pg_catalog's
 * functions and operators. A role that may create objects in a schema on the search_path (public,
 * for every role, by default up to PostgreSQL 14) can plant a function or operator that matches a
 * call better than pg_catalog's does: a {@code varchar} argument finds {@code f(varchar)} before
 * pg_catalog's {@code f(text)}, wherever pg_catalog is on the path. Run by ws-migrate, the planted
 * code would run with the deploying role's rights. The lookalikes here record every call.
 */
class SearchPathLookalikeTest {
    private static final String PLANT = Lookalikes.plant("""
            CREATE FUNCTION public.to_regclass(character varying) RETURNS regclass LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('to_regclass') THEN NULL::regclass END $$;
            CREATE FUNCTION public.parse_ident(character varying) RETURNS text[] LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('parse_ident') THEN ARRAY['planted'] END $$;
            CREATE FUNCTION public.planted_eq(character varying, character varying) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('varchar = varchar') AND $1::text OPERATOR(pg_catalog.=) $2::text $$;
            CREATE OPERATOR public.= (LEFTARG = character varying, RIGHTARG = character varying,
                FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_eq(text, character varying) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('text = varchar') AND $1 OPERATOR(pg_catalog.=) $2::text $$;
            CREATE OPERATOR public.= (LEFTARG = text, RIGHTARG = character varying, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_eq(character varying, text) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('varchar = text') AND $1::text OPERATOR(pg_catalog.=) $2 $$;
            CREATE OPERATOR public.= (LEFTARG = character varying, RIGHTARG = text, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_eq(name, character varying) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('name = varchar') AND $1 OPERATOR(pg_catalog.=) $2::text $$;
            CREATE OPERATOR public.= (LEFTARG = name, RIGHTARG = character varying, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_eq(oid, bigint) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('oid = bigint') AND $1 OPERATOR(pg_catalog.=) $2::oid $$;
            CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = bigint, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.planted_times(numeric, integer) RETURNS numeric LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('numeric * integer') THEN $1 OPERATOR(pg_catalog.*) $2 END $$;
            CREATE OPERATOR public.* (LEFTARG = numeric, RIGHTARG = integer, FUNCTION = public.planted_times);
            CREATE FUNCTION public.planted_cat(text, numeric) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('text || numeric') THEN $1 OPERATOR(pg_catalog.||) $2::text END $$;
            CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = numeric, FUNCTION = public.planted_cat);
            CREATE FUNCTION public.planted_cat(text, integer) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('text || integer') THEN $1 OPERATOR(pg_catalog.||) $2::text END $$;
            CREATE OPERATOR public.|| (LEFTARG = text, RIGHTARG = integer, FUNCTION = public.planted_cat);
            CREATE FUNCTION public.planted_eq(oid, regclass) RETURNS boolean LANGUAGE sql
                AS $$ SELECT public.planted_call('oid = regclass') AND $1 OPERATOR(pg_catalog.=) $2 $$;
            CREATE OPERATOR public.= (LEFTARG = oid, RIGHTARG = regclass, FUNCTION = public.planted_eq);
            CREATE FUNCTION public.format(text, text, name) RETURNS text LANGUAGE sql
                AS $$ SELECT CASE WHEN public.planted_call('format') THEN pg_catalog.format($1, $2, $3) END $$;
            """);

    @TempDir
    Path dir;

    @Test
    void noLookalikeFunctionOrOperatorOnTheSearchPathRunsInAnyCommand() {
        TestProject project = ReliabilityProjects.reliability(dir).create();
        project.nextRevision("r01", TestProject.sql("CREATE TABLE t_1 (id int)"), TestProject.sql("DROP TABLE t_1"));
        project.nextRevision("r02", false, TestProject.sql("CREATE INDEX CONCURRENTLY t_1_id ON t_1 (id)"),
                TestProject.sql("DROP INDEX CONCURRENTLY t_1_id"));
        project.nextRevision("r03", TestProject.sql("CREATE TABLE t_3 (id int)"), TestProject.sql("DROP TABLE t_3"));
        project.execute(PLANT);

        for (String[] command : new String[][] {
                {"upgrade", "r01"}, {"upgrade", "head"}, {"current"}, {"history"}, {"downgrade", "-1"},
                {"stamp", "head"}, {"stamp", "r02"}, {"upgrade", "head"}, {"downgrade", "base"},
                {"upgrade", "r01", "--single-transaction"}, {"upgrade", "+1"}, {"upgrade", "head", "--single-transaction"},
                {"downgrade", "r02", "--single-transaction"}, {"lock"}}) {
            CliRun run = project.run(command);
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run).isZero();
        }

        // failed runs: their diagnosis and rollback run SQL of ws-migrate's too
        project.nextRevision("r04", TestProject.sql("SELECT 1 / 0"), TestProject.sql("SELECT 1"));
        assertThat(project.run("upgrade", "head").exitCode()).isNotZero();
        assertThat(project.run("downgrade", "r02").exitCode()).isZero();
        assertThat(project.run("upgrade", "head", "--single-transaction").exitCode()).isNotZero();

        assertThat(project.query(Lookalikes.CALLS)).as("planted code that ran").isEmpty();
        assertThat(project.appliedRevisions()).containsExactly("r01", "r02");
        assertThat(project.currentHeads()).containsExactly("r02");
    }

    @Test
    void noLookalikeRunsInAFleetOfSchemas() {
        TestProject project = TestProject.create(dir);
        project.writeSettings("", "migrations:\n  package: com.example.shop\n  location: migrations\n"
                + "targets:\n  schemas: [tenant_a, tenant_b]\n");
        project.sqlRevision("f01", null, "first", "CREATE TABLE t_1 (id int)", "DROP TABLE t_1");
        project.sqlRevision("f02", "f01", "second", "CREATE TABLE t_2 (id int)", "DROP TABLE t_2");
        project.execute(PLANT);

        for (String[] command : new String[][] {
                {"upgrade", "f01"}, {"current"}, {"upgrade", "head", "--single-transaction"}, {"downgrade", "-1"},
                {"upgrade", "head"}}) {
            CliRun run = project.run(append(command, "--all-targets"));
            assertThat(run.exitCode()).as(String.join(" ", command) + ": " + run).isZero();
        }

        assertThat(project.query(Lookalikes.CALLS)).as("planted code that ran").isEmpty();
        assertThat(project.query("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_name LIKE 't\\_%' ORDER BY 1"))
                .containsExactly("tenant_a.t_1", "tenant_a.t_2", "tenant_b.t_1", "tenant_b.t_2");
    }

    private static String[] append(String[] words, String word) {
        String[] longer = java.util.Arrays.copyOf(words, words.length + 1);
        longer[words.length] = word;
        return longer;
    }
}
