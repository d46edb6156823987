package io.wsmigrate.ops;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The ordered operations of one revision. The downgrade is derived, never stored separately:
 * the upgrade list reversed, each operation reversed.
 */
public record MigrationPlan(List<Operation> upgrade) {
    public MigrationPlan {
        upgrade = List.copyOf(upgrade);
    }

    public List<Operation> downgrade() {
        List<Operation> reversed = new ArrayList<>(upgrade.size());
        for (Operation op : upgrade) {
            reversed.add(op.reverse());
        }
        Collections.reverse(reversed);
        return List.copyOf(reversed);
    }

    public boolean isEmpty() {
        return upgrade.isEmpty();
    }
}
