package io.wsmigrate.revision;

import java.util.random.RandomGenerator;

/** Fresh revision ids: 12 lowercase hex characters, like Alembic's {@code uuid4().hex[-12:]}. */
public final class RevisionIds {
    private static final long TWELVE_HEX_DIGITS = 0xFFFF_FFFF_FFFFL;

    private RevisionIds() {
    }

    /** A new id drawn from {@code random}; pass a seeded generator for reproducible tests. */
    public static String newId(RandomGenerator random) {
        return String.format("%012x", random.nextLong() & TWELVE_HEX_DIGITS);
    }
}
