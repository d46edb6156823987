package io.wsmigrate.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.TypeChanges.Kind;
import io.wsmigrate.schema.ColumnType;
import org.junit.jupiter.api.Test;

class TypeChangesTest {
    private static Kind kind(String from, String to) {
        return TypeChanges.classify(ColumnType.parse(from), ColumnType.parse(to));
    }

    @Test
    void changesPostgresMakesInTheCatalogOnlyNeedNoReview() {
        assertThat(kind("varchar(20)", "varchar(40)")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("varchar(20)", "text")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("numeric(10,2)", "numeric(12,2)")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("timestamp(3)", "timestamp(6)")).isEqualTo(Kind.METADATA_ONLY);
    }

    @Test
    void aSecondPrecisionOfSixIsWhatATemporalTypeWithoutOneKeeps() {
        assertThat(kind("timestamptz", "timestamptz(6)")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("timestamp(6)", "timestamp")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("time", "time(6)")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("interval second", "interval second(6)")).isEqualTo(Kind.METADATA_ONLY);
        assertThat(kind("timestamp", "timestamp(3)")).isEqualTo(Kind.NARROWING);
    }

    @Test
    void wideningThatRewritesTheTableIsARewrite() {
        assertThat(kind("integer", "bigint")).isEqualTo(Kind.REWRITE);
        assertThat(kind("timestamp", "timestamptz")).isEqualTo(Kind.REWRITE);
        assertThat(kind("numeric(10,2)", "numeric(12,4)")).isEqualTo(Kind.REWRITE);
    }

    @Test
    void smallerTypesAreNarrowing() {
        assertThat(kind("varchar(40)", "varchar(20)")).isEqualTo(Kind.NARROWING);
        assertThat(kind("text", "varchar(10)")).isEqualTo(Kind.NARROWING);
        assertThat(kind("bigint", "integer")).isEqualTo(Kind.NARROWING);
        assertThat(kind("numeric(12,2)", "numeric(10,2)")).isEqualTo(Kind.NARROWING);
    }

    @Test
    void otherFamiliesAreConversions() {
        assertThat(kind("text", "jsonb")).isEqualTo(Kind.CONVERSION);
        assertThat(kind("varchar(36)", "uuid")).isEqualTo(Kind.CONVERSION);
        assertThat(kind("text", "text[]")).isEqualTo(Kind.CONVERSION);
    }

    @Test
    void reviewTextFollowsTheKind() {
        var table = io.wsmigrate.schema.QualifiedName.of("offer");
        assertThat(new ColumnOperation.AlterColumnType(table, "title", ColumnType.parse("varchar(20)"),
                ColumnType.parse("text"), null).review()).isEmpty();
        assertThat(new ColumnOperation.AlterColumnType(table, "title", ColumnType.parse("text"),
                ColumnType.parse("varchar(10)"), null).review()).get().asString()
                .isEqualTo("narrows offer.title from text to character varying(10): fails if an existing value does"
                        + " not fit, or rounds it to the new scale or precision");
    }
}
