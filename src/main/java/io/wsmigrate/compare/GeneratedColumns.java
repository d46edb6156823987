package io.wsmigrate.compare;

import io.wsmigrate.schema.Column;
import io.wsmigrate.schema.GeneratedColumn;
import java.util.Objects;

/**
 * Generated columns compared in canonical form: Hibernate writes {@code price * quantity}, the
 * catalog prints {@code (price * (quantity)::numeric)}. A column that becomes, stops being or
 * changes as a generated column is dropped and added again, its values computed anew.
 */
final class GeneratedColumns {
    private GeneratedColumns() {
    }

    static boolean differ(Column current, Column target) {
        return !Objects.equals(canonical(current.generated()), canonical(target.generated()));
    }

    static GeneratedColumn canonical(GeneratedColumn generated) {
        return generated == null ? null
                : new GeneratedColumn(Normalizer.expression(generated.expression()), generated.stored());
    }
}
