package io.wsmigrate.autogen;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.command.AutogenerateCommands.Result;
import io.wsmigrate.ops.ConstraintOperation.AddCheckConstraint;
import io.wsmigrate.testing.TestPostgres;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CHECK constraints, including the ones Hibernate derives from {@code @Enumerated(STRING)}. */
@Tag(TestPostgres.COMPAT_TAG)
class ConstraintKindsTest {
    @TempDir
    Path folder;

    @Test
    void enumConstantsReplaceTheStaleChecksAndOtherChecksAreAddedDroppedOrKept() {
        try (AutogenFixture fixture = AutogenFixture.create(folder, "checks", """
                create table orders (id bigint primary key,
                                     status varchar(20) check (status in ('NEW', 'PAID')),
                                     quantity integer check (quantity > 0),
                                     price numeric(10,2), discount numeric(10,2),
                                     priority smallint check (priority between 0 and 1),
                                     check (price >= 0));
                """)) {
            Result result = fixture.autogenerate();

            assertThat(AutogenFixture.upgrade(result)).containsExactly(
                    "drop check constraint orders_priority_check on orders",
                    "drop check constraint orders_quantity_check on orders",
                    "drop check constraint orders_status_check on orders",
                    "add check constraint orders_discount_check on orders",
                    "add check constraint orders_priority_check on orders",
                    "add check constraint orders_status_check on orders");
            assertThat(result.comparison().plan().upgrade()).filteredOn(AddCheckConstraint.class::isInstance)
                    .extracting(op -> ((AddCheckConstraint) op).check().expression())
                    .containsExactly("discount <= price", "(priority between 0 and 2)",
                            "(status in ('NEW','PAID','SHIPPED'))");
            fixture.roundTrips();
        }
    }
}
