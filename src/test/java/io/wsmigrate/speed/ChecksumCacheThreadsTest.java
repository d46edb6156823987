package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet's workers share a scripts folder's checksum cache: one looks checksums up while another,
 * compiling, puts the ones it learns. A lookup must find what was there before, whatever is put
 * meanwhile (an unguarded map being resized under the lookup loses entries).
 */
class ChecksumCacheThreadsTest {
    private static final int KNOWN = 64;
    private static final int PUT = 200_000;

    @Test
    void aLookupFindsWhatWasRememberedWhileAnotherThreadPuts(@TempDir Path folder) throws Exception {
        ChecksumCache cache = ChecksumCache.in(folder);
        for (int i = 0; i < KNOWN; i++) {
            cache.put(key("known", i), checksum(i));
        }
        AtomicBoolean putting = new AtomicBoolean(true);
        List<String> missed = new ArrayList<>();
        Thread lookups = new Thread(() -> {
            while (putting.get() && missed.isEmpty()) {
                for (int i = 0; i < KNOWN; i++) {
                    if (cache.get(key("known", i)).isEmpty()) {
                        missed.add(key("known", i));
                    }
                }
            }
        }, "lookups");
        lookups.start();
        try {
            for (int i = 0; i < PUT && lookups.isAlive(); i++) {
                cache.put(key("learned", i), checksum(i));
            }
        } finally {
            putting.set(false);
            lookups.join();
        }
        assertThat(missed).as("checksums not found while others were put").isEmpty();
    }

    /** A 24-character hex key, as {@link ChecksumCache#textHash} gives. */
    private static String key(String kind, int i) {
        return String.format("%08x%016x", kind.hashCode(), i);
    }

    private static String checksum(int i) {
        return String.format("%064x", i);
    }
}
