package io.wsmigrate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.QualifiedName;
import org.junit.jupiter.api.Test;

class NormalizerTest {

    private static void assertSameCheck(String postgres, String hibernate) {
        assertThat(Normalizer.expression(postgres)).isEqualTo(Normalizer.expression(hibernate));
    }

    private static void assertSameDefault(String type, String postgres, String hibernate) {
        ColumnType columnType = ColumnType.parse(type);
        assertThat(Normalizer.defaultExpression(postgres, columnType))
                .isEqualTo(Normalizer.defaultExpression(hibernate, columnType));
    }

    @Test
    void enumCheckPrintedByPostgresEqualsHibernatesInList() {
        assertSameCheck("((status)::text = ANY ((ARRAY['A'::character varying, 'B'::character varying])::text[]))",
                "status in ('A','B')");
        assertThat(Normalizer.expression("status in ('A','B')")).isEqualTo("(status in ('A', 'B'))");
    }

    @Test
    void inListOrderDoesNotMatterButValuesDo() {
        assertSameCheck("status in ('B','A')", "status IN ('A', 'B')");
        assertThat(Normalizer.expression("status in ('A','B','C')"))
                .isNotEqualTo(Normalizer.expression("status in ('A','B')"));
    }

    @Test
    void textColumnEnumCheckAndArrayLiteralFormsAreEqual() {
        assertSameCheck("(status = ANY (ARRAY['A'::text, 'B'::text]))", "status in ('A','B')");
        assertSameCheck("((status)::text = ANY ('{A,B}'::text[]))", "status in ('A','B')");
    }

    /** Hibernate 7's CharBooleanConverter (a yes/no {@code char(1)} column): the literals are {@code bpchar}. */
    @Test
    void charColumnCheckPrintedByPostgresEqualsHibernatesInList() {
        assertSameCheck("(manifest = ANY (ARRAY['n'::bpchar, 'y'::bpchar]))", "manifest in ('n','y')");
    }

    @Test
    void notInPrintedAsAllArrayEqualsNotIn() {
        assertSameCheck("((kind)::text <> ALL ((ARRAY['x'::character varying, 'y'::character varying])::text[]))",
                "kind not in ('x', 'y')");
    }

    @Test
    void singleValueInIsAnEquality() {
        assertSameCheck("((status)::text = 'A'::text)", "status in ('A')");
    }

    @Test
    void numericCastsAndParenthesesAreIgnored() {
        assertSameCheck("(price >= (0)::numeric)", "price >= 0");
        assertSameCheck("((price > '-1'::integer))", "price > -1");
        assertSameCheck("((a > 0) AND (b > 0))", "b > 0 and a > 0");
    }

    @Test
    void betweenEqualsTheTwoComparisonsPostgresPrints() {
        assertSameCheck("((ordinal >= 0) AND (ordinal <= 2))", "ordinal between 0 and 2");
    }

    @Test
    void likeEqualsTheTildeOperatorPostgresPrints() {
        assertSameCheck("((code)::text ~~ 'A%'::text)", "code LIKE 'A%'");
        assertSameCheck("(length((name)::text) > 0)", "LENGTH(name) > 0");
        assertSameCheck("(a <> b)", "a != b");
    }

    @Test
    void keyWordCaseOutsideLiteralsIsIgnoredButLiteralCaseCounts() {
        assertSameCheck("X IS NOT NULL", "x is not null");
        assertThat(Normalizer.expression("status = 'a'")).isNotEqualTo(Normalizer.expression("status = 'A'"));
        assertSameCheck("\"status\" = 'A'", "status = 'A'");
    }

    @Test
    void differentChecksStayDifferent() {
        assertThat(Normalizer.expression("price >= 0")).isNotEqualTo(Normalizer.expression("price > 0"));
        assertThat(Normalizer.expression("a - b - c")).isNotEqualTo(Normalizer.expression("a - (b - c)"));
    }

    @Test
    void stringDefaultsDropTheirCastToTheColumnType() {
        assertSameDefault("varchar(20)", "'abc'::character varying", "'abc'");
        assertSameDefault("numeric(10,2)", "'0'::numeric", "0");
        assertSameDefault("bigint", "(0)::bigint", "0");
        assertSameDefault("integer", "'-1'::integer", "-1");
        assertSameDefault("jsonb", "'{}'::jsonb", "'{}'");
    }

    @Test
    void timestampDefaultsNowAndCurrentTimestampAreEqual() {
        assertSameDefault("timestamp with time zone", "CURRENT_TIMESTAMP", "now()");
        assertSameDefault("timestamp", "now()", "current_timestamp");
        assertThat(Normalizer.defaultExpression("CURRENT_DATE", ColumnType.parse("date"))).isEqualTo("current_date");
    }

    @Test
    void booleanDefaultsInAnySpellingAreEqual() {
        assertSameDefault("boolean", "true", "'true'::boolean");
        assertSameDefault("boolean", "false", "'f'");
        assertSameDefault("boolean", "TRUE", "'1'");
        assertThat(Normalizer.defaultExpression("true", ColumnType.parse("boolean")))
                .isNotEqualTo(Normalizer.defaultExpression("false", ColumnType.parse("boolean")));
    }

    @Test
    void nullDefaultIsNoDefault() {
        assertThat(Normalizer.defaultExpression("NULL::character varying", ColumnType.parse("varchar"))).isNull();
        assertThat(Normalizer.defaultExpression(" ", ColumnType.parse("varchar"))).isNull();
    }

    @Test
    void nextvalDefaultsNameTheirSequenceWhateverTheSpelling() {
        assertSameDefault("integer", "nextval('public.orders_id_seq'::regclass)", "nextval('orders_id_seq')");
        assertThat(Normalizer.sequenceOf("nextval('orders_id_seq'::regclass)"))
                .contains(QualifiedName.of("orders_id_seq"));
        assertThat(Normalizer.sequenceOf("nextval('sales.Seq'::regclass)"))
                .contains(new QualifiedName("sales", "seq"));
        assertThat(Normalizer.sequenceOf("now()")).isEmpty();
    }

    @Test
    void functionCastsAreKept() {
        assertThat(Normalizer.defaultExpression("(now())::date", ColumnType.parse("date"))).isEqualTo("(now())::date");
        assertSameDefault("date", "(now())::date", "CAST(now() AS date)");
        assertSameDefault("text", "('a'::text || 'b'::text)", "'a' || 'b'");
    }

    @Test
    void typedLiteralsAndIntervalsMatchTheirCastForm() {
        assertSameDefault("interval", "'1 day'::interval", "interval '1 day'");
    }

    @Test
    void indexExpressionsDropColumnCasts() {
        assertSameCheck("lower((email)::text)", "LOWER(email)");
    }

    @Test
    void unparsableTextIsComparedTokenByToken() {
        assertThat(Normalizer.expression("(EXISTS (SELECT 1))")).isEqualTo("exists ( select 1 )");
        assertThat(Normalizer.expression("exists  (select 1)")).isEqualTo("exists ( select 1 )");
    }

    @Test
    void referencedColumnsAreFoundForCheckNames() {
        assertThat(Normalizer.referencedColumns("((status)::text = ANY (ARRAY['A'::text]))")).containsExactly("status");
        assertThat(Normalizer.referencedColumns("a < b")).containsExactly("a", "b");
        assertThat(Normalizer.referencedColumns("now() > current_date")).isEmpty();
    }

    @Test
    void textIsReadByPostgresqlsLexicalRules() {
        // Nested comments, dollar-quote tags starting with an underscore and E'' escapes read as the server reads them.
        assertSameCheck("price /* a /* nested */ comment */ >= 0", "price >= 0");
        assertSameCheck("code <> $_x$N/A$_x$", "code <> 'N/A'");
        assertSameCheck("code <> E'N\\x2fA'", "code <> 'N/A'");
        assertSameCheck("code <> U&'N\\002FA'", "code <> 'N/A'");
        // Only ASCII letters fold: PostgreSQL keeps an unquoted Ä as it is.
        assertThat(Normalizer.expression("Ä > 0")).isNotEqualTo(Normalizer.expression("ä > 0"));
    }

    @Test
    void castsThatChangeAValueAreKept() {
        // PostgreSQL never adds these itself: they are the user's, and dropping them would hide an edit
        assertThat(Normalizer.expression("((price)::integer >= 6)")).isNotEqualTo(Normalizer.expression("price >= 6"));
        assertThat(Normalizer.expression("((day)::date = '2020-01-01'::date)"))
                .isNotEqualTo(Normalizer.expression("day = '2020-01-01'"));
        assertThat(Normalizer.expression("((code)::character varying(2) = 'ab')"))
                .isNotEqualTo(Normalizer.expression("code = 'ab'"));
        ColumnType numeric = ColumnType.parse("numeric");
        assertThat(Normalizer.defaultExpression("(1.5)::integer", numeric))
                .isNotEqualTo(Normalizer.defaultExpression("1.5", numeric));
        assertThat(Normalizer.defaultExpression("'ab'::character(1)", ColumnType.parse("character(5)")))
                .isNotEqualTo(Normalizer.defaultExpression("'ab'", ColumnType.parse("character(5)")));
        // ... and the same cast, however it is spelt, is still one
        assertSameCheck("((price)::integer >= 6)", "price::integer >= 6");
        assertSameCheck("(price >= ('6'::numeric)::integer)", "price >= 6");
    }
}
