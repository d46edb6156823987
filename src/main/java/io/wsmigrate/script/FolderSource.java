package io.wsmigrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    private List<ScriptFile> files() {
        try (Stream<Path> children = Files.list(versions)) {
            return children
                    .filter(path -> ScriptFile.isRevisionFileName(path.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .sorted(Comparator.comparing(path -> path.getFileName().toString()))
                    .map(ScriptFile::onDisk)
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new ScriptException(versions + ": cannot list the folder: " + ScriptDirectory.describe(e), e);
        }
    }
}
