package io.wsmigrate.revision;

/** Which way a {@link Step} moves a revision: applying it or unapplying it. */
public enum Direction {
    UPGRADE,
    DOWNGRADE
}
