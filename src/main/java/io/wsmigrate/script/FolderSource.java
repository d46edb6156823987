package io.wsmigrate.script;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
     * A directory stream and a sort of the names as strings, not {@code Files.list} with a stream
     * pipeline, nor a sort of paths by name: with a thousand files the listing is on every
     * command's path, and a comparator that takes each path's name made 20,000 names to sort a
     * thousand files, 15 ms of a cold {@code current}.
     */
    private List<ScriptFile> files() {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> children = Files.newDirectoryStream(versions)) {
            for (Path child : children) {
                String name = child.getFileName().toString();
                if (ScriptFile.isRevisionFileName(name) && Files.isRegularFile(child)) {
                    names.add(name);
                }
            }
        } catch (IOException | DirectoryIteratorException e) {
            IOException cause = e instanceof DirectoryIteratorException d ? d.getCause() : (IOException) e;
            throw new ScriptException(versions + ": cannot list the folder: " + ScriptDirectory.describe(cause), cause);
        }
        Collections.sort(names);
        List<ScriptFile> files = new ArrayList<>(names.size());
        for (String name : names) {
            files.add(ScriptFile.onDisk(versions.resolve(name), name));
        }
        return files;
    }
}
