package io.wsmigrate.script;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The {@code versions/} folder of a scripts folder on disk. */
final class FolderSource implements ScriptSource {
    private final Path versions;

    private FolderSource(Path versions) {
        this.versions = versions;
    }

    static FolderSource open(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ScriptException("scripts folder " + folder + " does not exist; create it with `ws-migrate init`"
                    + " or point migrations.location at the existing folder");
        }
        Path versions = folder.resolve(ScriptDirectory.VERSIONS);
        if (!Files.isDirectory(versions)) {
            throw new ScriptException("scripts folder " + folder + " has no " + ScriptDirectory.VERSIONS
                    + "/ folder; create it (mkdir " + versions + ") or check migrations.location");
        }
        return new FolderSource(versions);
    }

    Path versions() {
        return versions;
    }

    @Override
    public List<FileText> readAll() {
        List<FileText> texts = new ArrayList<>();
        for (ScriptFile file : files()) {
            texts.add(new FileText(file, file.read()));
        }
        return texts;
    }

    /**
     * A directory stream and a sort of plain names, not {@code Files.list} with a stream pipeline:
     * with a thousand files the listing is on every command's path, and this way is half the time.
     */
    private List<ScriptFile> files() {
        List<Path> revisionFiles = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(versions)) {
            for (Path child : children) {
                if (ScriptFile.isRevisionFileName(child.getFileName().toString()) && Files.isRegularFile(child)) {
                    revisionFiles.add(child);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            throw new ScriptException(versions + ": cannot list the folder: " + ScriptDirectory.describe(cause), cause);
        }
        revisionFiles.sort(Comparator.comparing(path -> path.getFileName().toString()));
        List<ScriptFile> files = new ArrayList<>(revisionFiles.size());
        for (Path path : revisionFiles) {
            files.add(ScriptFile.onDisk(path));
        }
        return files;
    }
}
