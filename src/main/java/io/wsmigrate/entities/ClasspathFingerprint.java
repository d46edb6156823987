package io.wsmigrate.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A SHA-256 over what a set of classpath entries holds, fed line by line. A folder is known by
 * the name and the whole bytes of every file under it; a jar by the name, size and CRC-32 of every
 * entry (what a zip reader checks each entry against), so a rebuilt jar with other contents is
 * another fingerprint even at the same path, size and time.
 */
final class ClasspathFingerprint {
    private final MessageDigest digest;

    ClasspathFingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }

    /** Adds a line of text, e.g. a setting that belongs to the key. */
    ClasspathFingerprint line(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
        return this;
    }

    /** Adds what {@code entry} holds by content: a folder's files, a jar's entries, or that it is missing. */
    ClasspathFingerprint contents(Path entry) throws IOException {
        line("entry " + entry.toAbsolutePath());
        if (Files.isDirectory(entry)) {
            folder(entry);
        } else if (Files.isRegularFile(entry)) {
            jar(entry);
        } else {
            line("missing");
        }
        return this;
    }

    /**
     * Adds a jar of ws-migrate's own by path, size, time and file key, as the compiled-step cache
     * knows its build (a build writes a new jar); a folder by content, as it changes with no jar to say so.
     */
    ClasspathFingerprint build(Path entry) throws IOException {
        if (Files.isRegularFile(entry)) {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            return line("build " + entry.toAbsolutePath() + " " + attributes.size() + " "
                    + attributes.lastModifiedTime().toMillis() + " " + attributes.fileKey());
        }
        return contents(entry);
    }

    /** The fingerprint so far, in hex; the fingerprint cannot be used after. */
    String hex() {
        StringBuilder hex = new StringBuilder(64);
        for (byte b : digest.digest()) {
            hex.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
        }
        return hex.toString();
    }

    private void folder(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).forEach(files::add);
        }
        List<String> names = new ArrayList<>(files.size());
        for (Path file : files) {
            names.add(root.relativize(file).toString().replace('\\', '/'));
        }
        names.sort(null);
        byte[] buffer = new byte[64 * 1024];
        for (String name : names) {
            Path file = root.resolve(name);
            line("file " + name + " " + Files.size(file));
            try (InputStream in = Files.newInputStream(file)) {
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
    }

    private void jar(Path file) throws IOException {
        line("jar " + Files.size(file));
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                line(entry.getName() + " " + entry.getSize() + " " + Long.toHexString(entry.getCrc()));
            }
        }
    }
}
