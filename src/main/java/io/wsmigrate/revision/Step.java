package io.wsmigrate.revision;

import java.util.Objects;

/** One revision to apply ({@link Direction#UPGRADE}) or unapply ({@link Direction#DOWNGRADE}). */
public record Step(Revision revision, Direction direction) {
    public Step {
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(direction, "direction");
    }

    public static Step upgrade(Revision revision) {
        return new Step(revision, Direction.UPGRADE);
    }

    public static Step downgrade(Revision revision) {
        return new Step(revision, Direction.DOWNGRADE);
    }

    public String id() {
        return revision.id();
    }

    public boolean isUpgrade() {
        return direction == Direction.UPGRADE;
    }
}
