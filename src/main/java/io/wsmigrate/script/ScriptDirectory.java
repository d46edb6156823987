package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import io.wsmigrate.speed.ChecksumCache;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;


/**
 * A scripts folder: a {@code README} and a {@code versions/} folder of revision files, on disk or
 * inside the classpath (read-only). The file format is described in {@link io.wsmigrate.script} and in
 * the README that {@link #init} writes.
 *
 * <p>{@link #revisions()} reads only the headers of the files, so listing stays fast however large
 * the changes are; {@link #load} parses one file fully. A revision's checksum is the SHA-256 of a
 * canonical form of what it runs (upgrade, downgrade, transactional), so editing comments or the
 * message keeps it, and any edit to the changes alters it.
 */
public final class ScriptDirectory {
    /** A reader (with its YAML parser) per thread, reused file after file: making one per file was a tenth of the parse time. */
    private static final ThreadLocal<RevisionFileReader> READERS = ThreadLocal.withInitial(RevisionFileReader::new);

    static final String VERSIONS = "versions";
    static final String README = "README";
    /** Keeps {@code versions/} in git, which does not track empty folders; hidden, so never read as a revision. */
    static final String KEEP_FILE = ".gitkeep";

    private final ScriptLocation location;
    private final ScriptSource source;
    private final ChecksumCache checksums;
    /** The latest listing, so {@link #load} finds a file without listing again; null: list first. */
    private volatile Listing listing;

    private ScriptDirectory(ScriptLocation location, ScriptSource source, ChecksumCache checksums) {
        this.location = location;
        this.source = source;
        this.checksums = checksums;
    }

    public static ScriptDirectory open(ScriptLocation location) {
        return open(location, null);
    }

    /**
     * Opens the scripts folder; {@code cacheFolder}, when not null, is where checksums of parsed
     * revision files are remembered between runs (see {@link #checksum}).
     */
    public static ScriptDirectory open(ScriptLocation location, Path cacheFolder) {
        ChecksumCache cache = cacheFolder == null ? ChecksumCache.none() : ChecksumCache.in(cacheFolder);
        if (location instanceof ScriptLocation.Folder) {
            return new ScriptDirectory(location, FolderSource.open(((ScriptLocation.Folder) location).path()), cache);
        }
        return new ScriptDirectory(location, ClasspathSource.open((ScriptLocation.Classpath) location), cache);
    }

    /** Creates a scripts folder with a README and an empty {@code versions/}; refuses a non-empty folder. */
    public static ScriptDirectory init(Path folder) {
        try {
            if (Files.isDirectory(folder) && !isEmpty(folder)) {
                throw new ScriptException("cannot init " + folder + ": the folder exists and is not empty;"
                        + " choose a new folder or open the existing one");
            }
            Files.createDirectories(folder.resolve(VERSIONS));
            Files.writeString(folder.resolve(README), ScriptFolderReadme.TEXT, StandardCharsets.UTF_8);
            Files.createFile(folder.resolve(VERSIONS).resolve(KEEP_FILE));
        } catch (IOException e) {
            throw new ScriptException("cannot init " + folder + ": " + describe(e), e);
        }
        return open(new ScriptLocation.Folder(folder));
    }

    public ScriptLocation location() {
        return location;
    }

    /** Classpath locations are read-only: new revisions go to the source folder, not into a jar. */
    public boolean isReadOnly() {
        return !(source instanceof FolderSource);
    }

    /** Every revision, from the file headers only, in file name order. */
    public List<Revision> revisions() {
        RevisionFileReader reader = new RevisionFileReader();
        List<Revision> revisions = new ArrayList<>();
        Map<String, ScriptFile> byId = new HashMap<>();
        Map<String, String> textsById = new HashMap<>();
        for (ScriptSource.FileText text : source.readAll()) {
            Revision revision = reader.readHeader(text.file().displayPath(), text.text());
            ScriptFile earlier = byId.putIfAbsent(revision.id(), text.file());
            if (earlier != null) {
                throw new ScriptException("revision " + revision.id() + " is declared by two files: "
                        + earlier.displayPath() + " and " + text.file().displayPath()
                        + "; give one of them a new revision id or delete it");
            }
            textsById.put(revision.id(), text.text());
            revisions.add(revision);
        }
        listing = new Listing(byId, textsById);
        return List.copyOf(revisions);
    }

    /**
     * The checksum of {@code revisionId}, the same as {@code load(revisionId).checksum()}, but
     * taken from the checksum cache when the file's text is one already parsed.
     */
    public String checksum(String revisionId) {
        Listing known = listing;
        String text = known == null ? null : known.texts().get(revisionId);
        if (text != null) {
            var cached = checksums.get(ChecksumCache.textHash(text));
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        return load(revisionId).checksum();
    }

    /**
     * The key (96 bits: length and two CRCs) of the text of {@code revisionId}'s file as the latest listing read
     * it (the text its header and {@link #checksum} come from); empty when no listing named the id.
     */
    public Optional<String> textHash(String revisionId) {
        Listing known = listing;
        String text = known == null ? null : known.texts().get(revisionId);
        return text == null ? Optional.empty() : Optional.of(ChecksumCache.textHash(text));
    }

    /** The full revision file of {@code revisionId} (a complete id, not a prefix), read now. */
    public RevisionScript load(String revisionId) {
        try {
            return load(revisionId, false).script();
        } finally {
            rememberChecksums();
        }
    }

    /**
     * Writes the checksums learned by {@link #loadWithTextHash} since the last call to the checksum
     * cache, in one append: a caller that loads many files calls it once, after the last.
     */
    public void rememberChecksums() {
        checksums.write();
    }

    /**
     * {@link #load}, but of the text the latest listing read (listing first when none named the id),
     * with the key of that text, under which what is derived from the file can be remembered: the
     * header the plan was made from and the changes that run come from one reading of the file. The
     * checksum it learns is written to the cache by the next {@link #rememberChecksums}.
     */
    public LoadedRevision loadWithTextHash(String revisionId) {
        return load(revisionId, true);
    }

    /** {@code asListed}: the text the listing read, else the file read again. */
    private LoadedRevision load(String revisionId, boolean asListed) {
        Listing known = listing;
        if (known == null || !known.files().containsKey(revisionId)) {
            revisions();
            known = listing;
        }
        ScriptFile file = known.files().get(revisionId);
        if (file == null) {
            throw new ScriptException("no revision file in " + location.describe() + " declares revision "
                    + revisionId + "; run `ws-migrate history` to list the revisions");
        }
        String text = asListed ? known.texts().get(revisionId) : file.read();
        String textHash = ChecksumCache.textHash(text);
        RevisionScript script = READERS.get().readFull(file.displayPath(), text);
        if (ReferencedFiles.named(script)) {
            // the checksum then covers other files too: never remembered under the text alone
            script = location instanceof ScriptLocation.Folder folder && file.path() != null
                    ? ReferencedFiles.confine(script, folder.path(), file.path()) : script;
        } else {
            checksums.put(textHash, script.checksum());
        }
        if (!script.id().equals(revisionId)) {
            listing = null;
            throw new ScriptException(file.displayPath() + ": the file now declares revision " + script.id()
                    + " instead of " + revisionId + "; it changed while ws-migrate ran, run the command again");
        }
        return new LoadedRevision(script, textHash);
    }

    /**
     * Writes a new revision file and returns its path. The file appears whole or not at all: it is
     * written to a hidden temp file in {@code versions/} and moved into place atomically.
     */
    public Path write(NewRevisionFile file) {
        Path versions = writableVersionsFolder(file.id());
        WriteCheck.requireNoBlankIds(file);
        NewEntries entries = new NewEntries(file.id());
        List<Map<String, Object>> upgrade = entries.normalize(file.upgrade(), HeaderReader.UPGRADE);
        List<Map<String, Object>> downgrade = entries.normalize(file.downgrade(), HeaderReader.DOWNGRADE);
        String text = new RevisionFileRenderer().render(file, upgrade, downgrade);
        Path target = versions.resolve(FileNames.fileName(file.id(), file.message()));
        RevisionScript written = new RevisionFileReader().readFull(target.toString(), text);
        WriteCheck.requireSame(file, upgrade, downgrade, written);
        requireNewRevision(file.id(), target);
        moveIntoPlace(versions, text, target);
        listing = null;
        return target;
    }

    private Path writableVersionsFolder(String id) {
        if (isReadOnly()) {
            throw new ScriptException("cannot write revision " + id + ": scripts location " + location.describe()
                    + " is read-only; point migrations.location at the source folder to add revisions");
        }
        if (!FileNames.isValidId(id)) {
            throw new ScriptException("cannot write revision '" + id + "': " + FileNames.ID_RULE
                    + (FileNames.isSafeId(id) ? ", and not base, current, head or heads" : ""));
        }
        return ((FolderSource) source).versions();
    }

    private void requireNewRevision(String id, Path target) {
        revisions();
        ScriptFile existing = listing.files().get(id);
        if (existing != null) {
            throw new ScriptException("cannot write revision " + id + ": " + existing.displayPath()
                    + " already declares it; choose another revision id");
        }
        if (Files.exists(target)) {
            throw new ScriptException("cannot write revision " + id + ": " + target + " already exists");
        }
    }

    private static void moveIntoPlace(Path versions, String text, Path target) {
        Path temp = null;
        try {
            // Not Files.createTempFile: its owner-only permissions would stay on the revision file.
            temp = versions.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.writeString(temp, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target);
            }
        } catch (IOException e) {
            throw new ScriptException("cannot write " + target + ": " + describe(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // Best effort: the temp file is hidden and never read as a revision.
        }
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> children = Files.list(folder)) {
            return children.findAny().isEmpty();
        }
    }

    /** What went wrong in words: Java's file exceptions put only the path in the message, the problem in the type. */
    static String describe(IOException e) {
        if (e instanceof FileNotFoundException && e.getMessage() != null && e.getMessage().endsWith(")")) {
            return describeJavaIo(e.getMessage());
        }
        if (e instanceof NoSuchFileException) {
            return e.getMessage() + " does not exist";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied on " + e.getMessage();
        }
        if (e instanceof FileAlreadyExistsException) {
            return e.getMessage() + " already exists";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getFile() + ": " + fs.getReason();
        }
        return e.getMessage() == null ? "an input/output error" : e.getMessage();
    }

    /** java.io's "<path> (<reason>)", worded as the NIO exceptions above are. */
    private static String describeJavaIo(String message) {
        int open = message.lastIndexOf(" (");
        if (open < 0) {
            return message;
        }
        String path = message.substring(0, open);
        String reason = message.substring(open + 2, message.length() - 1);
        return switch (reason) {
            case "No such file or directory" -> path + " does not exist";
            case "Permission denied" -> "permission denied on " + path;
            default -> path + ": " + reason;
        };
    }

    /** Revision id to file and to the file's text (hashed, the key of what is remembered about it), from one listing. */
    private record Listing(Map<String, ScriptFile> files, Map<String, String> texts) {
        Listing {
            files = Map.copyOf(files);
            texts = Map.copyOf(texts);
        }
    }
}
