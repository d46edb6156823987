package io.wsmigrate.cli;

import io.wsmigrate.config.Secrets;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * The last gate before the terminal: every string written to stdout or stderr has the secrets of
 * the loaded settings masked ({@link Secrets#maskRemembered}), whatever produced it: our messages,
 * picocli's, a warning that quotes the driver. Text is masked per write, and every line the tool
 * prints is written in one piece.
 */
final class MaskingWriter extends FilterWriter {
    private MaskingWriter(Writer out) {
        super(out);
    }

    static PrintWriter wrap(PrintWriter target) {
        return new PrintWriter(new MaskingWriter(target), true);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String masked = Secrets.maskRemembered(text.substring(offset, offset + length));
        out.write(masked, 0, masked.length());
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
        write(new String(buffer, offset, length), 0, length);
    }
}
