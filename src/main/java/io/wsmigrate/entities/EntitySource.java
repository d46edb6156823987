package io.wsmigrate.entities;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the entity classes come from: the classpath entries (directories and jars) that hold them
 * and their dependencies, the packages to scan, whether subpackages count, and Hibernate settings
 * the project uses (naming strategies, quoting) so that the tables come out as the application sees
 * them.
 */
public record EntitySource(List<Path> classpath, List<String> packages, boolean includeSubpackages,
                           Map<String, String> hibernateProperties) {
    public EntitySource {
        classpath = List.copyOf(classpath);
        packages = List.copyOf(packages);
        hibernateProperties = hibernateProperties == null ? Map.of() : Map.copyOf(hibernateProperties);
    }
}
