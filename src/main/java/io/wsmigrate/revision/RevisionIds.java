package io.wsmigrate.revision;

import java.util.random.RandomGenerator;

/** Fresh revision ids: 12 lowercase hex characters, like Alembic's {@code uuid4().hex[-12:]}. */
public final class RevisionIds {
    private static final long TWELVE_HEX_DIGITS = 0xFFFF_FFFF_FFFFL;
    /**
     * YAML 1.1 reads a hex string with fewer letters as a number ({@code 706477607e62} is a float,
     * {@code 0b0101010101} binary, all digits an integer), so a revision file would have to quote it.
     */
    private static final int MIN_LETTERS = 2;

    private RevisionIds() {
    }

    /**
     * A new id drawn from {@code random}; pass a seeded generator for reproducible tests. Ids YAML
     * would read as numbers are drawn again (about 3 in 100), so every generated id is written
     * unquoted, like its neighbours in the scripts folder.
     */
    public static String newId(RandomGenerator random) {
        while (true) {
            String id = String.format("%012x", random.nextLong() & TWELVE_HEX_DIGITS);
            if (letters(id) >= MIN_LETTERS) {
                return id;
            }
        }
    }

    private static long letters(String id) {
        return id.chars().filter(Character::isLetter).count();
    }
}
