package io.wsmigrate.revision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Random revision DAGs for the drawing tests: bases, branches, merges of up to three parents, depends_on. */
final class RandomHistories {
    private RandomHistories() {
    }

    /** {@code size} revisions with hex-like ids, so id order tells nothing about age. */
    static List<Revision> generate(Random random, int size) {
        List<String> ids = new ArrayList<>();
        List<Revision> revisions = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = Integer.toHexString(0x1000 + random.nextInt(0xefff)) + i;
            Set<String> parents = new LinkedHashSet<>();
            if (i > 0 && random.nextInt(6) > 0) {
                int count = 1 + (random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0);
                for (int p = 0; p < count; p++) {
                    parents.add(ids.get(recent(random, i)));
                }
            }
            List<String> dependsOn = i > 1 && random.nextInt(10) == 0 ? List.of(ids.get(random.nextInt(i))) : List.of();
            revisions.add(new Revision(id, List.copyOf(parents), List.of(), dependsOn, "message " + i, id + ".yaml"));
            ids.add(id);
        }
        return revisions;
    }

    /** Mostly one of the last few revisions, as real histories grow, sometimes any older one. */
    private static int recent(Random random, int bound) {
        return random.nextInt(3) == 0 ? random.nextInt(bound) : Math.max(0, bound - 1 - random.nextInt(3));
    }
}
