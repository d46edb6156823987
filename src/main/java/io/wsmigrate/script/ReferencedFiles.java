package io.wsmigrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The files a revision's entries name ({@code sqlFile}'s and {@code createView}'s {@code path},
 * {@code loadData}'s {@code file}, a column's {@code valueClobFile}...). They must lie inside the
 * scripts folder, after {@code ..} and symbolic links are resolved: a revision file is reviewed
 * as code, and must not make ws-migrate print or run whatever else the machine holds. What they
 * hold runs, so it is part of the revision's checksum.
 */
final class ReferencedFiles {
    private static final Set<String> ATTRIBUTES = Set.of("path", "file", "valueBlobFile", "valueClobFile");

    private final Path folder;
    private final Path realFolder;
    private final Path revisionFolder;
    private final String source;
    /** Each file's path inside the scripts folder, to the SHA-256 of its bytes. */
    private final Map<String, String> digests = new TreeMap<>();

    private ReferencedFiles(Path folder, Path revisionFile, String source) throws IOException {
        this.folder = folder.toAbsolutePath().normalize();
        this.realFolder = this.folder.toRealPath();
        this.revisionFolder = revisionFile.toAbsolutePath().normalize().getParent();
        this.source = source;
    }

    /**
     * {@code script} with the files it names checked and folded into its checksum; unchanged when it
     * names none. {@code folder} is the scripts folder, {@code revisionFile} the file itself.
     */
    static RevisionScript confine(RevisionScript script, Path folder, Path revisionFile) {
        ReferencedFiles files;
        try {
            files = new ReferencedFiles(folder, revisionFile, script.path());
        } catch (IOException e) {
            throw new ScriptException("cannot read the scripts folder " + folder + ": " + ScriptDirectory.describe(e), e);
        }
        script.upgrade().forEach(files::visit);
        script.downgrade().forEach(files::visit);
        if (files.digests.isEmpty()) {
            return script;
        }
        StringBuilder combined = new StringBuilder(script.checksum());
        files.digests.forEach((name, digest) -> combined.append('\n').append(name).append(' ').append(digest));
        return new RevisionScript(script.revision(), script.upgrade(), script.downgrade(), script.transactional(),
                sha256(combined.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)), script.path());
    }

    /** True when an entry of {@code script} names a file (its checksum then depends on more than its text). */
    static boolean named(RevisionScript script) {
        return script.upgrade().stream().anyMatch(ReferencedFiles::names)
                || script.downgrade().stream().anyMatch(ReferencedFiles::names);
    }

    private static boolean names(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.keySet().stream().anyMatch(ATTRIBUTES::contains) || map.values().stream().anyMatch(
                    ReferencedFiles::names);
        }
        return value instanceof List<?> list && list.stream().anyMatch(ReferencedFiles::names);
    }

    private void visit(Object value) {
        if (value instanceof Map<?, ?> map) {
            boolean relative = "true".equals(String.valueOf(map.get("relativeToChangelogFile")));
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (ATTRIBUTES.contains(String.valueOf(entry.getKey())) && entry.getValue() instanceof String name) {
                    check(String.valueOf(entry.getKey()), name, relative);
                } else {
                    visit(entry.getValue());
                }
            }
        } else if (value instanceof List<?> list) {
            list.forEach(this::visit);
        }
    }

    private void check(String attribute, String name, boolean relative) {
        Path resolved;
        try {
            Path given = Path.of(name);
            resolved = given.isAbsolute() || name.startsWith("/") || name.startsWith("\\") ? null
                    : (relative ? revisionFolder : folder).resolve(given).normalize();
        } catch (InvalidPathException e) {
            resolved = null;
        }
        if (resolved == null || !resolved.startsWith(folder)) {
            throw outside(attribute, name, "leaves the scripts folder");
        }
        if (!Files.exists(resolved)) {
            return; // Liquibase says which file is missing
        }
        try {
            if (!resolved.toRealPath().startsWith(realFolder)) {
                throw outside(attribute, name, "is a symbolic link to a file outside the scripts folder");
            }
            digests.put(folder.relativize(resolved).toString().replace('\\', '/'),
                    Files.isRegularFile(resolved) ? sha256(Files.readAllBytes(resolved)) : "not a file");
        } catch (IOException e) {
            throw new ScriptException(source + ": cannot read " + attribute + " " + name + ": "
                    + ScriptDirectory.describe(e), e);
        }
    }

    private ScriptException outside(String attribute, String name, String problem) {
        return new ScriptException(source + ": " + attribute + " '" + name + "' " + problem + " " + folder
                + "; a revision may read only files inside it: copy the file there and name it relative to it");
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
