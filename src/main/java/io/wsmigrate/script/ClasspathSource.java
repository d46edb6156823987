package io.wsmigrate.script;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A scripts folder inside classpath directories and jars. Jars are read entry by entry, never by
 * looking for directory entries, which many jar builders leave out. When two classpath entries hold
 * a file of the same name, the earlier entry wins, as with a class loader.
 */
final class ClasspathSource implements ScriptSource {
    private static final int ENTRIES_NAMED_IN_MESSAGES = 3;

    private final ScriptLocation.Classpath location;
    private final String versionsPrefix;

    private ClasspathSource(ScriptLocation.Classpath location) {
        this.location = location;
        this.versionsPrefix = prefix(location.folder()) + ScriptDirectory.VERSIONS + "/";
    }

    static ClasspathSource open(ScriptLocation.Classpath location) {
        ClasspathSource source = new ClasspathSource(location);
        boolean found = false;
        for (Path entry : location.entries()) {
            found |= source.contains(entry);
        }
        if (!found) {
            throw new ScriptException("scripts location " + location.describe() + " was not found in the "
                    + location.entries().size() + " classpath entries (" + summarize(location.entries())
                    + "); check migrations.classpath and migrations.location");
        }
        return source;
    }

    @Override
    public List<FileText> readAll() {
        Map<String, FileText> byName = new TreeMap<>();
        for (Path entry : location.entries()) {
            List<FileText> texts = Files.isDirectory(entry) ? readDirectory(entry) : readJar(entry);
            texts.forEach(text -> byName.putIfAbsent(text.file().name(), text));
        }
        return List.copyOf(byName.values());
    }

    private boolean contains(Path entry) {
        if (Files.isDirectory(entry)) {
            return Files.isDirectory(entry.resolve(location.folder()));
        }
        if (!Files.isRegularFile(entry)) {
            return false;
        }
        String folderPrefix = prefix(location.folder());
        try (JarFile jar = openJar(entry)) {
            return jar.stream().anyMatch(jarEntry -> jarEntry.getName().startsWith(folderPrefix));
        } catch (IOException e) {
            throw unreadable(entry, e);
        }
    }

    private List<FileText> readDirectory(Path entry) {
        Path versions = entry.resolve(versionsPrefix);
        if (!Files.isDirectory(versions)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(versions)) {
            return children
                    .filter(path -> ScriptFile.isRevisionFileName(path.getFileName().toString()))
                    .filter(Files::isRegularFile)
                    .map(ScriptFile::onDisk)
                    .map(file -> new FileText(file, file.read()))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new ScriptException(versions + ": cannot list the folder: " + ScriptDirectory.describe(e), e);
        }
    }

    private List<FileText> readJar(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return List.of();
        }
        List<FileText> texts = new ArrayList<>();
        try (JarFile jar = openJar(entry)) {
            Enumeration<JarEntry> jarEntries = jar.entries();
            while (jarEntries.hasMoreElements()) {
                JarEntry jarEntry = jarEntries.nextElement();
                if (isRevisionEntry(jarEntry)) {
                    ScriptFile file = ScriptFile.inJar(entry, jarEntry.getName());
                    texts.add(new FileText(file, file.read(jar)));
                }
            }
        } catch (IOException e) {
            throw unreadable(entry, e);
        }
        return texts;
    }

    private boolean isRevisionEntry(JarEntry jarEntry) {
        String name = jarEntry.getName();
        if (jarEntry.isDirectory() || !name.startsWith(versionsPrefix)) {
            return false;
        }
        String fileName = name.substring(versionsPrefix.length());
        return fileName.indexOf('/') < 0 && ScriptFile.isRevisionFileName(fileName);
    }

    private static JarFile openJar(Path entry) throws IOException {
        return new JarFile(entry.toFile());
    }

    private static ScriptException unreadable(Path jar, IOException e) {
        return new ScriptException("cannot read jar " + jar + ": " + ScriptDirectory.describe(e)
                + "; rebuild it or remove it from migrations.classpath", e);
    }

    private static String prefix(String folder) {
        return folder.isEmpty() ? "" : folder + "/";
    }

    private static String summarize(List<Path> entries) {
        if (entries.isEmpty()) {
            return "none";
        }
        String named = entries.stream().limit(ENTRIES_NAMED_IN_MESSAGES).map(Path::toString)
                .collect(Collectors.joining(", "));
        return entries.size() > ENTRIES_NAMED_IN_MESSAGES ? named + ", ..." : named;
    }
}
