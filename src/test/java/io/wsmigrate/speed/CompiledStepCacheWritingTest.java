package io.wsmigrate.speed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wsmigrate.revision.Direction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lines a run puts are appended on another thread: {@link CompiledStepCache#close} is where they are written. */
class CompiledStepCacheWritingTest {
    private static final CacheLine.Entry ENTRY = new CacheLine.Entry("b".repeat(32), Direction.UPGRADE,
            new StepSql(List.of("CREATE TABLE t (id int)"), true, "0123456789abcdef".repeat(4)));

    /**
     * A closing thread that is interrupted still waits for the append: returning at once let the
     * JVM's exit cut the line short (or drop it), and the run's steps were compiled again next time.
     */
    @Test
    void anInterruptedCloseStillWaitsForTheLinesPut(@TempDir Path folder) throws IOException {
        Thread closing = Thread.currentThread();
        AtomicBoolean closed = new AtomicBoolean();
        CompilerIdentity identity = CompilerIdentity.of("a build");
        CompiledStepCache cache = CompiledStepCache.in(folder, () -> {
            // the append starts only once the closing thread, interrupted, waits for it
            while (!closed.get() && closing.getState() != Thread.State.WAITING) {
                Thread.onSpinWait();
            }
            return Optional.of(identity);
        });
        Path file = folder.resolve(CompiledStepCache.FILE_PREFIX + identity.value() + CompiledStepCache.FILE_SUFFIX);
        boolean writtenWhenClosed;
        boolean interruptKept;
        try {
            cache.putAll(List.of(ENTRY));
            closing.interrupt();
            cache.close();
            writtenWhenClosed = Files.exists(file);
        } finally {
            interruptKept = Thread.interrupted(); // and cleared, for the tests after this one
            closed.set(true);
        }

        assertThat(writtenWhenClosed).as("written when close returned").isTrue();
        assertThat(Files.readString(file, StandardCharsets.US_ASCII)).isEqualTo(CacheLine.format(ENTRY).orElseThrow() + "\n");
        assertThat(interruptKept).as("the interrupt is kept").isTrue();
    }
}
