package io.wsmigrate.entities;

import io.wsmigrate.schema.SchemaCodec;
import io.wsmigrate.schema.SchemaModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entity side of a diff remembered between runs, so that an unchanged model is read from
 * {@code .ws-migrate/cache} instead of booting Hibernate. An entry is found only under the key of
 * everything the model is built from: the contents of every entity classpath entry, the packages
 * scanned, the project's Hibernate settings, {@code hibernate.*} and {@code jakarta.persistence.*}
 * system properties, the JVM, and ws-migrate's own build with the Hibernate it ships
 * ({@link BuildFingerprint}); and per PostgreSQL major, as the model may depend on it. Any change
 * misses. An entry is written only when it reads back equal to the model, and read only when its
 * key, major and SHA-256 check out; anything else is ignored, and the next miss rewrites it.
 */
public final class EntityModelCache {
    private static final Logger LOG = LoggerFactory.getLogger(EntityModelCache.class);
    private static final String PREFIX = "entity-model-";
    private static final String SUFFIX = ".bin";
    private static final byte[] MAGIC = "ws-migrate entity model 1\n".getBytes(StandardCharsets.US_ASCII);
    /** Entries kept: each unchanged variant of a model (a branch, a major) hits while it is among them. */
    static final int KEPT = 16;

    /** Creates the cache folder (with what keeps it out of git) before the first entry is written. */
    public interface FolderMaker {
        void create(Path folder) throws IOException;
    }

    private final Path folder;
    private final String key;
    private final FolderMaker maker;

    private EntityModelCache(Path folder, String key, FolderMaker maker) {
        this.folder = folder;
        this.key = key;
        this.maker = maker;
    }

    /** The cache in {@code folder} for the model of {@code source}; none when the key cannot be read. */
    public static EntityModelCache in(Path folder, EntitySource source, FolderMaker maker) {
        try {
            return new EntityModelCache(folder, key(source), maker);
        } catch (IOException | UncheckedIOException e) {
            LOG.debug("entity model not cached: {}", e.toString());
            return none();
        }
    }

    /** A cache that holds nothing and keeps nothing. */
    public static EntityModelCache none() {
        return new EntityModelCache(null, null, folder -> { });
    }

    /** The PostgreSQL majors this model has an entry for (usually one: the project's server's). */
    public List<Integer> majors() {
        List<Integer> majors = new ArrayList<>();
        if (key == null || !Files.isDirectory(folder)) {
            return majors;
        }
        String prefix = PREFIX + key + "-pg";
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, prefix + "*" + SUFFIX)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                String major = name.substring(prefix.length(), name.length() - SUFFIX.length());
                if (!major.isEmpty() && major.chars().allMatch(c -> c >= '0' && c <= '9') && major.length() < 6) {
                    majors.add(Integer.parseInt(major));
                }
            }
        } catch (IOException | UncheckedIOException e) {
            majors.clear();
        }
        return majors;
    }

    /** The model built for a server of {@code serverMajor}, when remembered intact under this key. */
    public Optional<SchemaModel> find(int serverMajor) {
        if (key == null) {
            return Optional.empty();
        }
        Path file = file(serverMajor);
        SchemaModel model;
        try {
            model = SchemaCodec.decode(payload(Files.readAllBytes(file), serverMajor));
        } catch (IOException | RuntimeException e) {
            LOG.debug("entity model cache entry {} not used: {}", file, e.toString());
            return Optional.empty();
        }
        try {
            Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException | RuntimeException e) {
            // a read-only checkout: the entry still serves, it only ages sooner among the kept ones
        }
        return Optional.of(model);
    }

    /** Remembers {@code model} as built for {@code serverMajor}; best effort, and only if it reads back equal. */
    public void store(int serverMajor, SchemaModel model) {
        if (key == null) {
            return;
        }
        try {
            byte[] encoded = SchemaCodec.encode(model);
            if (!SchemaCodec.roundTrips(model, encoded)) {
                LOG.debug("entity model not cached: it does not read back equal");
                return;
            }
            maker.create(folder);
            Path target = file(serverMajor);
            Path temp = Files.createTempFile(folder, PREFIX, ".tmp");
            try {
                Files.write(temp, entry(serverMajor, deflate(encoded)));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            prune();
        } catch (IOException | RuntimeException e) {
            LOG.debug("entity model not cached: {}", e.toString());
        }
    }

    private Path file(int serverMajor) {
        return folder.resolve(PREFIX + key + "-pg" + serverMajor + SUFFIX);
    }

    private static String key(EntitySource source) throws IOException {
        ClasspathFingerprint fingerprint = new ClasspathFingerprint()
                .line("build " + BuildFingerprint.value())
                .line("packages " + source.packages() + " subpackages " + source.includeSubpackages());
        new TreeMap<>(source.hibernateProperties()).forEach((name, value) -> fingerprint.line("setting " + name + "=" + value));
        Map<String, String> properties = new TreeMap<>();
        System.getProperties().forEach((name, value) -> {
            String text = String.valueOf(name);
            if (text.startsWith("hibernate.") || text.startsWith("jakarta.persistence.")
                    || text.startsWith("javax.persistence.")) {
                properties.put(text, String.valueOf(value));
            }
        });
        properties.forEach((name, value) -> fingerprint.line("property " + name + "=" + value));
        for (Path entry : source.classpath()) {
            fingerprint.contents(entry);
        }
        return fingerprint.hex();
    }

    /** Magic, key, major, length, deflated model and the SHA-256 of all before it. */
    private byte[] entry(int serverMajor, byte[] deflated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(deflated.length + 160);
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(MAGIC);
        out.write(key.getBytes(StandardCharsets.US_ASCII));
        out.writeInt(serverMajor);
        out.writeInt(deflated.length);
        out.write(deflated);
        out.write(sha256(bytes.toByteArray()));
        return bytes.toByteArray();
    }

    /** The model's bytes of an entry, or an exception when anything about it is not as written. */
    private byte[] payload(byte[] entry, int serverMajor) throws IOException {
        if (entry.length < 32 || !MessageDigest.isEqual(sha256(Arrays.copyOf(entry, entry.length - 32)),
                Arrays.copyOfRange(entry, entry.length - 32, entry.length))) {
            throw new IOException("checksum mismatch");
        }
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry, 0, entry.length - 32));
        if (!Arrays.equals(in.readNBytes(MAGIC.length), MAGIC)
                || !new String(in.readNBytes(key.length()), StandardCharsets.US_ASCII).equals(key)
                || in.readInt() != serverMajor) {
            throw new IOException("another format, key or major");
        }
        int length = in.readInt();
        byte[] deflated = in.readNBytes(length);
        if (deflated.length != length || in.read() != -1) {
            throw new IOException("truncated");
        }
        return inflate(deflated);
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater(Deflater.BEST_SPEED);
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 4 + 64);
            byte[] buffer = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static byte[] inflate(byte[] deflated) throws IOException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length * 4);
            byte[] buffer = new byte[64 * 1024];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new IOException("truncated deflate stream");
                }
                out.write(buffer, 0, n);
            }
            return out.toByteArray();
        } catch (DataFormatException e) {
            throw new IOException("bad deflate stream", e);
        } finally {
            inflater.end();
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Keeps the {@link #KEPT} entries used last; a model no longer built is dropped in time. */
    private void prune() throws IOException {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, PREFIX + "*" + SUFFIX)) {
            files.forEach(entries::add);
        }
        if (entries.size() <= KEPT) {
            return;
        }
        entries.sort(Comparator.comparing(EntityModelCache::modified).reversed());
        for (Path stale : entries.subList(KEPT, entries.size())) {
            Files.deleteIfExists(stale);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
