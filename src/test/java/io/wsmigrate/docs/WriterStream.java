package io.wsmigrate.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Bytes written to {@code System.out} or {@code System.err} during a command (log lines from
 * Logback's console appender), passed on as text to the writer that collects the command's output,
 * so a page shows what a terminal would.
 */
final class WriterStream extends OutputStream {
    private final Writer writer;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    WriterStream(Writer writer) {
        this.writer = writer;
    }

    @Override
    public synchronized void write(int b) throws IOException {
        pending.write(b);
        if (b == '\n') {
            flush();
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        writer.write(pending.toString(StandardCharsets.UTF_8));
        pending.reset();
        writer.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }
}
