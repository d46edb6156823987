package io.wsmigrate.script;

import java.util.Objects;

/**
 * A revision file as parsed, with the key (96 bits: length and two CRCs) of the exact text that was parsed, under
 * which what is derived from the file (its checksum, its SQL) can be remembered without going stale.
 */
public record LoadedRevision(RevisionScript script, String textHash) {
    public LoadedRevision {
        Objects.requireNonNull(script, "script");
        Objects.requireNonNull(textHash, "textHash");
    }
}
