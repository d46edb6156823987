package io.wsmigrate.liquibase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Change lists as YAML text and back, in the shape of a Liquibase YAML changelog's changes. Dates
 * stay text ({@code 2024-01-31} is not turned into a {@link java.util.Date}), so every value is
 * plain and survives a round trip unchanged.
 */
public final class ChangeYaml {
    private ChangeYaml() {
    }

    /** The entries as a YAML list, block style, two-space indents. */
    public static String dump(List<ChangeEntry> entries) {
        List<Map<String, Object>> items = entries.stream().map(ChangeEntry::toMap).toList();
        return yaml(new Resolver()).dump(items);
    }

    /** Reads a YAML list of change entries; an empty text is an empty list. */
    public static List<ChangeEntry> parse(String text) {
        Object root;
        try {
            root = yaml(new PlainResolver()).load(text);
        } catch (MarkedYAMLException e) {
            throw new ChangeException("malformed YAML at line " + (e.getProblemMark().getLine() + 1) + ": "
                    + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new ChangeException("malformed YAML: " + e.getMessage(), e);
        }
        if (root == null) {
            return List.of();
        }
        if (!(root instanceof List)) {
            throw new ChangeException("a change list is a YAML list of entries (`- createTable: {...}`), "
                    + "but found " + root.getClass().getSimpleName());
        }
        return fromMaps((List<?>) root);
    }

    /** Reads already-parsed list items, as the revision file reader hands them over. */
    public static List<ChangeEntry> fromMaps(List<?> items) {
        List<ChangeEntry> entries = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Object item = items.get(i);
            if (!(item instanceof Map)) {
                throw new ChangeException("change " + (i + 1) + " is not a map with a change type as its key, "
                        + "but " + item);
            }
            try {
                entries.add(ChangeEntry.fromMap((Map<?, ?>) item));
            } catch (ChangeException e) {
                throw e.at("change " + (i + 1));
            }
        }
        return List.copyOf(entries);
    }

    /** The entries as plain maps, as the revision file writer wants them. */
    public static List<Map<String, Object>> toMaps(List<ChangeEntry> entries) {
        return entries.stream().map(ChangeEntry::toMap).toList();
    }

    /**
     * Writing keeps SnakeYAML's full resolver, so that text which looks like a date is quoted and
     * reads back as text in any YAML reader; reading never makes dates.
     */
    private static Yaml yaml(Resolver resolver) {
        DumperOptions dumper = new DumperOptions();
        dumper.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumper.setIndent(2);
        dumper.setIndicatorIndent(2);
        dumper.setIndentWithIndicator(true);
        dumper.setWidth(120);
        LoaderOptions loader = new LoaderOptions();
        return new Yaml(new SafeConstructor(loader), new Representer(dumper), dumper, loader, resolver);
    }

    /** SnakeYAML's implicit types (YAML 1.1) without timestamps, for reading. */
    private static final class PlainResolver extends Resolver {
        @Override
        protected void addImplicitResolvers() {
            addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO", 10);
            addImplicitResolver(Tag.INT, INT, "-+0123456789");
            addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
            addImplicitResolver(Tag.MERGE, MERGE, "<", 10);
            addImplicitResolver(Tag.NULL, NULL, "~nN\0", 10);
            addImplicitResolver(Tag.NULL, EMPTY, null, 10);
            addImplicitResolver(Tag.YAML, YAML, "!&*", 10);
        }
    }
}
