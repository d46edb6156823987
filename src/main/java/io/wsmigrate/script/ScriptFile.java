package io.wsmigrate.script;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

/**
 * One revision file: a plain file ({@code jarEntry} null) or an entry of the jar at {@code path}.
 * {@code displayPath} names it in messages.
 */
record ScriptFile(String name, String displayPath, Path path, String jarEntry) {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final char REPLACEMENT_CHARACTER = '\uFFFD';

    static ScriptFile onDisk(Path file) {
        return onDisk(file, file.getFileName().toString());
    }

    /** The same, with the name a listing has already: making it again is a cost a thousand files add up. */
    static ScriptFile onDisk(Path file, String name) {
        return new ScriptFile(name, file.toString(), file, null);
    }

    static ScriptFile inJar(Path jar, String entry) {
        String name = entry.substring(entry.lastIndexOf('/') + 1);
        return new ScriptFile(name, "jar:" + jar + "!/" + entry, jar, entry);
    }

    /** Revision files are {@code *.yaml} or {@code *.yml}; hidden files (such as our temp files) are not. */
    static boolean isRevisionFileName(String name) {
        return !name.startsWith(".") && (name.endsWith(".yaml") || name.endsWith(".yml"));
    }

    String read() {
        if (jarEntry == null) {
            // FileInputStream rather than Files.readAllBytes: fewer layers, measurably faster for a
            // thousand small files read by a cold JVM
            try (FileInputStream in = new FileInputStream(path.toFile())) {
                return decode(in.readAllBytes());
            } catch (IOException e) {
                throw new ScriptException(displayPath + ": cannot read the file: " + ScriptDirectory.describe(e), e);
            }
        }
        try (JarFile jar = new JarFile(path.toFile())) {
            return read(jar);
        } catch (IOException e) {
            throw new ScriptException("cannot read jar " + path + ": " + ScriptDirectory.describe(e)
                    + "; rebuild it or remove it from migrations.classpath", e);
        }
    }

    /** Reads this entry from an already open jar, so a listing opens each jar once. */
    String read(JarFile jar) throws IOException {
        ZipEntry entry = jar.getEntry(jarEntry);
        if (entry == null) {
            throw new ScriptException(displayPath + ": the entry is no longer in the jar; rebuild the jar");
        }
        try (InputStream in = jar.getInputStream(entry)) {
            return decode(in.readAllBytes());
        }
    }

    private String decode(byte[] bytes) {
        // The lenient decoder is the JDK's fast path; only a text with a replacement character in it
        // (bad bytes, or a real U+FFFD) goes through the strict one, which tells the two apart.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf(REPLACEMENT_CHARACTER) >= 0) {
            text = strictDecode(bytes);
        }
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private String strictDecode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ScriptException(displayPath + ": not valid UTF-8; save the file as UTF-8", e);
        }
    }
}
