package io.wsmigrate.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The table of command classes in {@code docs/advanced.md} names every class and public method of the Java API. */
class ApiDocTest {
    private static final Path REPOSITORY = Path.of("").toAbsolutePath();
    private static final Pattern ROW = Pattern.compile("(?m)^\\| `([A-Z][A-Za-z]+Commands)` \\| (.+) \\|$");
    private static final Pattern NAME = Pattern.compile("`([a-z][A-Za-z]*)`");

    @Test
    void theApiTableListsEveryCommandClassAndItsPublicMethods() throws IOException, ClassNotFoundException {
        Map<String, Set<String>> documented = new LinkedHashMap<>();
        Matcher row = ROW.matcher(Files.readString(REPOSITORY.resolve("docs/advanced.md")));
        while (row.find()) {
            Set<String> methods = new TreeSet<>();
            Matcher name = NAME.matcher(row.group(2));
            while (name.find()) {
                methods.add(name.group(1));
            }
            documented.put(row.group(1), methods);
        }
        Set<String> classes;
        try (Stream<Path> files = Files.list(REPOSITORY.resolve("src/main/java/io/wsmigrate/command"))) {
            classes = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Commands.java"))
                    .map(n -> n.substring(0, n.length() - ".java".length())).collect(Collectors.toCollection(TreeSet::new));
        }
        assertThat(documented.keySet()).as("command classes in docs/advanced.md").containsExactlyInAnyOrderElementsOf(classes);
        for (String simpleName : classes) {
            Class<?> type = Class.forName("io.wsmigrate.command." + simpleName);
            Set<String> methods = Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic())
                    .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
            assertThat(documented.get(simpleName)).as("methods of " + simpleName + " in docs/advanced.md")
                    .containsAll(methods);
            Set<String> commandNames = Set.of("db-info", "lock");
            assertThat(methods).as("documented methods of " + simpleName + " that exist")
                    .containsAll(documented.get(simpleName).stream().filter(m -> !commandNames.contains(m)).toList());
        }
    }
}
