package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Type modifiers reach the catalog exactly as Hibernate writes them: the oracle is a second
 * database holding what Hibernate's own DDL creates for the same entities, compared column by
 * column as PostgreSQL reports them ({@code format_type}, {@code atttypmod}, the default).
 */
@Tag(TestPostgres.COMPAT_TAG)
class ExactTypesTest {
    /** Every column of the application's tables, as the catalog holds it. */
    private static final String CATALOG = """
            select c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod), a.atttypmod,
                   coalesce(pg_get_expr(d.adbin, d.adrelid), ''), a.attnotnull
            from pg_attribute a join pg_class c on c.oid = a.attrelid
                 join pg_namespace n on n.oid = c.relnamespace
                 left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
            where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped
              and c.relname not like 'ws\\_migrate\\_%'
            order by c.relname, a.attname
            """;

    @TempDir
    Path folder;
    @TempDir
    Path oracleFolder;

    private List<String> hibernateCatalog() {
        try (AutogenFixture oracle = AutogenFixture.createFromEntities(oracleFolder, "modifiers")) {
            return oracle.query(CATALOG);
        }
    }

    @Test
    void anEmptyDatabaseUpgradedToTheEntitiesHasTheTypesHibernateCreates() {
        List<String> expected = hibernateCatalog();
        assertThat(expected).contains(
                "reading.happened_at|timestamp(6) with time zone|6||f",
                "reading.measured_at|timestamp(3) with time zone|3||f",
                "reading.local_at|timestamp(6) without time zone|6||f",
                "reading.starts_at|time(0) without time zone|0||f",
                "reading.amount|numeric(12,3)|786439||f",
                "reading.code|character varying(40)|44||f",
                "reading.flags|bit(3)|3||f",
                "reading.units|numeric(10,0)|655364||f",
                "reading.pause|interval second(6)|268435462||f",
                "sample.moments|timestamp(6) with time zone[]|6||f");
        try (AutogenFixture fixture = AutogenFixture.create(folder, "modifiers", "select 1")) {
            fixture.autogenerate();
            assertThat(fixture.upgradeSql()).containsIgnoringCase("happened_at timestamp(6) with time zone")
                    .containsIgnoringCase("moments timestamp(6) with time zone[]")
                    .containsIgnoringCase("starts_at time(0) without time zone");
            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query(CATALOG)).containsExactlyElementsOf(expected);
            fixture.downgradeRestoresBefore();
            assertThat(fixture.query(CATALOG)).isEmpty();
        }
    }

    @Test
    void columnsCreatedWithoutTheirModifiersGetThemAndTheirDefaultsAreStoredForTheNewType() {
        List<String> expected = hibernateCatalog();
        try (AutogenFixture fixture = AutogenFixture.create(folder, "modifiers", """
                create table reading (id bigint primary key, code varchar, name varchar(255), amount numeric,
                                      total numeric(38,2), units numeric(10,0), happened_at timestamp with time zone,
                                      seen_at timestamptz default now(), measured_at timestamptz,
                                      local_at timestamp, starts_at time, elapsed numeric,
                                      pause interval second, flags bit, mask bit varying,
                                      label varchar(50) default 'x');
                create table sample (id bigint primary key, tags varchar[], prices numeric[],
                                     moments timestamptz[], times time[]);
                """)) {
            List<String> before = fixture.query(CATALOG);
            Result result = fixture.autogenerate();
            assertThat(AutogenFixture.upgrade(result)).contains(
                    "alter type of reading.happened_at: timestamp with time zone -> timestamp(6) with time zone",
                    "alter type of reading.starts_at: time without time zone -> time(0) without time zone",
                    "drop default of reading.label",
                    "alter type of reading.label: character varying(50) -> text",
                    "set default of reading.label");
            assertThat(AutogenFixture.upgrade(result)).noneMatch(line -> line.contains("reading.units")
                    || line.contains("reading.total") || line.contains("reading.id"));
            assertThat(fixture.upgradeSql())
                    .containsIgnoringCase("ALTER COLUMN happened_at TYPE timestamp(6) with time zone")
                    .containsIgnoringCase("ALTER COLUMN pause TYPE interval second(6)")
                    .containsIgnoringCase("ALTER COLUMN moments TYPE timestamp(6) with time zone[]");
            fixture.upgradeLeavesNoDifferences();
            assertThat(fixture.query(CATALOG)).containsExactlyElementsOf(expected);
            assertThat(fixture.query(CATALOG)).contains("reading.label|text|-1|'x'::text|f");

            fixture.downgradeRestoresBefore();
            assertThat(fixture.query(CATALOG)).containsExactlyElementsOf(before);
        }
    }
}
