package io.wsmigrate.liquibase;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.ops.ConstraintOperation.DropCheckConstraint;
import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.QualifiedName;
import java.sql.SQLException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A check dropped and restored from the text PostgreSQL printed for it (what a downgrade does) is
 * stored exactly as before, also where PostgreSQL's printed text would read back differently.
 */
class CheckRestoreTest {
    private static final String CHECK = "SELECT pg_get_expr(conbin, conrelid) FROM pg_constraint WHERE conname = 'c'";

    @ParameterizedTest
    @ValueSource(strings = {
            "status in ('NEW', 'PAID')",
            "status not in ('NEW', 'PAID')",
            "\"Mixed Case\" in ('it''s', 'a, b', '::character varying')",
            "plain in ('x', 'y')",
            "status in ('A') and plain <> 'B'",
            "length(status) between 1 and 5"})
    void aCheckRestoredFromItsPrintedTextIsStoredAsBefore(String source) throws SQLException {
        try (Db db = Db.fresh()) {
            db.execute("CREATE TABLE t (status varchar(20), \"Mixed Case\" varchar(20), plain text,"
                    + " CONSTRAINT c CHECK (" + source + "))");
            String printed = db.value(CHECK);
            DropCheckConstraint drop = new DropCheckConstraint(QualifiedName.of("t"), new CheckConstraint("c", printed));

            db.apply(drop);
            db.apply(drop.reverse());

            assertThat(db.value(CHECK)).isEqualTo(printed);
        }
    }
}
