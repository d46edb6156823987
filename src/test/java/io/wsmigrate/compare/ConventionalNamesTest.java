package io.wsmigrate.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConventionalNamesTest {

    @Test
    void shortNamesAreTableColumnsLabel() {
        assertThat(ConventionalNames.makeObjectName("orders", "customer_id", "fkey"))
                .isEqualTo("orders_customer_id_fkey");
        assertThat(ConventionalNames.makeObjectName("orders", null, "pkey")).isEqualTo("orders_pkey");
        assertThat(ConventionalNames.columnsAddition(List.of("a", "b", "c"))).isEqualTo("a_b_c");
    }

    @Test
    void longNamesAreCutTo63BytesShorteningTheLongerPartFirst() {
        String table = "a".repeat(40);
        String column = "b".repeat(40);
        String name = ConventionalNames.makeObjectName(table, column, "key");
        assertThat(name).hasSize(63).isEqualTo("a".repeat(29) + "_" + "b".repeat(29) + "_key");

        String shortTable = ConventionalNames.makeObjectName("t", "c".repeat(80), "idx");
        assertThat(shortTable).isEqualTo("t_" + "c".repeat(57) + "_idx").hasSize(63);
    }

    @Test
    void namesHibernateHashesAreRecognisedAndChosenNamesAreNot() {
        assertThat(List.of("FK80fxg10ir4s89v6yoy7sartio", "fk80fxg10ir4s89v6yoy7sartio",
                "IDX9ne5qmsl8tso6iv3lack9hgc5", "UKq7fy0y2m5e1c8b3w9v4x6t0r"))
                .allMatch(ConventionalNames::isChosenByHibernate);
        assertThat(List.of("fk_order_customer", "orders_customer_id_fkey", "idx_status", "UK_email",
                "fkz0000000000000000000000000"))
                .noneMatch(ConventionalNames::isChosenByHibernate);
    }

    @Test
    void truncationNeverSplitsAMultiByteCharacter() {
        String name = ConventionalNames.makeObjectName("é".repeat(40), null, "pkey");
        assertThat(name.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(name).isEqualTo("é".repeat(29) + "_pkey");
    }

    @Test
    void clashesAddANumberToTheLabelLikePostgres() {
        NameRegistry names = new NameRegistry();
        names.reserve("public", "orders_code_key");
        var table = io.wsmigrate.schema.QualifiedName.of("orders");
        assertThat(names.named(table, new io.wsmigrate.schema.UniqueConstraint(null, List.of("code"))).name())
                .isEqualTo("orders_code_key1");
        assertThat(names.named(table, new io.wsmigrate.schema.UniqueConstraint(null, List.of("code"))).name())
                .isEqualTo("orders_code_key2");
    }
}
