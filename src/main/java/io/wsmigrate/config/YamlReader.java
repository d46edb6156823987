package io.wsmigrate.config;

import io.wsmigrate.config.ConfigNode.ListValue;
import io.wsmigrate.config.ConfigNode.MapValue;
import io.wsmigrate.config.ConfigNode.ScalarValue;
import io.wsmigrate.yaml.MergeGuardedYaml;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one YAML source into a {@link ConfigNode} tree. SnakeYAML composes the node graph (which
 * carries line numbers); only scalars are constructed, with the safe constructor, so values get
 * YAML's usual types while every node keeps its position.
 */
final class YamlReader {
    private final ClassLoader classLoader;

    YamlReader(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** The source's top-level map; an empty document is an empty map. */
    MapValue read(SettingsSource source) {
        List<Node> roots = compose(source, false);
        return roots.isEmpty() ? MapValue.empty(Origin.of(source)) : toMap(source, roots.get(0));
    }

    /** Every document of a multi-document source ({@code ---} between them), in order; empty ones skipped. */
    List<MapValue> readDocuments(SettingsSource source) {
        List<MapValue> documents = new ArrayList<>();
        for (Node root : compose(source, true)) {
            documents.add(toMap(source, root));
        }
        return documents;
    }

    private List<Node> compose(SettingsSource source, boolean all) {
        LoaderOptions options = new LoaderOptions();
        options.setMergeOnCompose(true);
        List<Node> roots;
        try (Reader reader = source.open(classLoader)) {
            roots = MergeGuardedYaml.composeOnly(reader, options, all);
        } catch (MarkedYAMLException e) {
            throw syntaxError(source, e);
        } catch (YAMLException e) {
            // SnakeYAML wraps the reader's decoding failure; say what the user can fix.
            if (e.getCause() instanceof CharacterCodingException) {
                throw notUtf8(source, e);
            }
            throw new ConfigException(source.displayName() + ": invalid YAML: " + e.getMessage() + "; fix the file");
        } catch (CharacterCodingException e) {
            throw notUtf8(source, e);
        } catch (IOException e) {
            throw new ConfigException("cannot read settings file " + source.displayName() + " (" + e.getMessage()
                    + "); check that it exists and is readable", e);
        }
        return roots;
    }

    private static MapValue toMap(SettingsSource source, Node root) {
        ConfigNode tree = new Converter(source, new ScalarTyping()).convert(root);
        if (tree instanceof ScalarValue scalar && scalar.isNull()) {
            return MapValue.empty(Origin.of(source));
        }
        if (!(tree instanceof MapValue map)) {
            throw new ConfigException(tree.origin().where() + ": the top level of the settings file must be a map of"
                    + " sections (database:, migrations:, ...), not " + tree.kind());
        }
        return map;
    }

    private static ConfigException notUtf8(SettingsSource source, Exception cause) {
        return new ConfigException("settings file " + source.displayName() + " is not UTF-8 text; save it as UTF-8", cause);
    }

    private static ConfigException syntaxError(SettingsSource source, MarkedYAMLException e) {
        Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        Origin origin = mark == null ? Origin.of(source)
                : new Origin(source, mark.getLine() + 1, mark.getColumn() + 1);
        String context = e.getContext() == null ? "" : " (" + e.getContext() + ")";
        // Only the short problem text, and no cause: SnakeYAML's full message quotes the offending
        // line, which may hold a password, and a stack trace would print it.
        String problem = e.getProblem() == null ? "" : e.getProblem();
        if (problem.contains("alias") || problem.contains("anchor") || context.contains("alias")
                || context.contains("anchor")) {
            // the alias's name is the value that follows * or &, a password perhaps: never repeat it
            return new ConfigException(origin.exactly() + ": invalid YAML: a value starting with * or & is read as a"
                    + " YAML alias or anchor; put the value in quotes ('*...')");
        }
        return new ConfigException(origin.exactly() + ": invalid YAML: " + problem + context
                + "; fix the syntax at that position");
    }

    /**
     * Turns composed nodes into ConfigNodes; refuses aliases that contain themselves, and aliases
     * repeating aliases (a "billion laughs") that would expand a small file into millions of values.
     */
    private static final class Converter {
        /** Far beyond any application's settings, far below what exhausts memory. */
        private static final int MAX_VALUES = 100_000;
        private final SettingsSource source;
        private final ScalarTyping constructor;
        private final Set<Node> inProgress = Collections.newSetFromMap(new IdentityHashMap<>());
        private int values;

        Converter(SettingsSource source, ScalarTyping constructor) {
            this.source = source;
            this.constructor = constructor;
        }

        ConfigNode convert(Node node) {
            Origin origin = originOf(node);
            if (++values > MAX_VALUES) {
                throw new ConfigException(origin.exactly() + ": the settings expand to more than " + MAX_VALUES
                        + " values through YAML aliases; write the repeated parts out instead");
            }
            if (node instanceof ScalarNode scalar) {
                Object value = constructScalar(scalar, origin);
                // A YAML null has no text; anything else keeps its source spelling ("OFF", "0123").
                return new ScalarValue(value, value == null ? null : scalar.getValue(), origin);
            }
            if (!inProgress.add(node)) {
                throw new ConfigException(origin.exactly() + ": a YAML alias refers to a collection that contains it;"
                        + " settings cannot be recursive");
            }
            try {
                return node instanceof MappingNode mapping ? convertMap(mapping, origin)
                        : convertList((SequenceNode) node, origin);
            } finally {
                inProgress.remove(node);
            }
        }

        private MapValue convertMap(MappingNode mapping, Origin origin) {
            Map<String, ConfigNode> entries = new LinkedHashMap<>();
            for (NodeTuple tuple : mapping.getValue()) {
                Origin keyOrigin = originOf(tuple.getKeyNode());
                if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                    throw new ConfigException(keyOrigin.exactly() + ": a map key must be a plain word, not a list or map");
                }
                if (entries.containsKey(key.getValue())) {
                    throw new ConfigException(keyOrigin.exactly() + ": duplicate key '" + key.getValue()
                            + "'; keep only one of them");
                }
                entries.put(key.getValue(), convert(tuple.getValueNode()));
            }
            return new MapValue(entries, origin);
        }

        private ListValue convertList(SequenceNode sequence, Origin origin) {
            List<ConfigNode> items = new ArrayList<>();
            for (Node item : sequence.getValue()) {
                items.add(convert(item));
            }
            return new ListValue(items, origin);
        }

        private Object constructScalar(ScalarNode scalar, Origin origin) {
            try {
                return constructor.typedValue(scalar);
            } catch (RuntimeException e) { // SafeConstructor also throws plain IllegalArgumentExceptions (bad base64)
                throw new ConfigException(origin.exactly() + ": invalid YAML value of type " + scalar.getTag()
                        + "; remove the tag or quote the value");
            }
        }

        private Origin originOf(Node node) {
            Mark mark = node.getStartMark();
            return mark == null ? Origin.of(source) : new Origin(source, mark.getLine() + 1, mark.getColumn() + 1);
        }
    }

    /**
     * YAML's usual types for scalars (int, bool, null, timestamp), as SnakeYAML's safe constructor
     * gives them. The kinds settings are made of (text, null, the bool spellings, a small decimal
     * int) are typed here exactly as that constructor types them; anything else goes to it, made on
     * first need: making one starts java.util.logging (see {@link MergeGuardedYaml#composeOnly}).
     */
    static final class ScalarTyping {
        private static final Pattern SMALL_INT = Pattern.compile("[-+]?(0|[1-9][0-9]{0,8})");
        /** The bool spellings SnakeYAML's resolver knows, all it tags as bool without an explicit tag. */
        private static final Map<String, Boolean> BOOLS = Map.ofEntries(Map.entry("yes", true), Map.entry("Yes", true),
                Map.entry("YES", true), Map.entry("no", false), Map.entry("No", false), Map.entry("NO", false),
                Map.entry("true", true), Map.entry("True", true), Map.entry("TRUE", true),
                Map.entry("false", false), Map.entry("False", false), Map.entry("FALSE", false),
                Map.entry("on", true), Map.entry("On", true), Map.entry("ON", true),
                Map.entry("off", false), Map.entry("Off", false), Map.entry("OFF", false));
        private ScalarConstructor safe;

        Object typedValue(ScalarNode node) {
            Tag tag = node.getTag();
            String text = node.getValue();
            if (Tag.STR.equals(tag)) {
                return text;
            }
            if (Tag.NULL.equals(tag)) {
                return null;
            }
            if (Tag.BOOL.equals(tag) && BOOLS.containsKey(text)) {
                return BOOLS.get(text);
            }
            if (Tag.INT.equals(tag) && SMALL_INT.matcher(text).matches()) {
                return Integer.valueOf(text);
            }
            if (safe == null) {
                safe = new ScalarConstructor(new LoaderOptions());
            }
            return safe.typedValue(node);
        }
    }

    /** Exposes the safe constructor's scalar typing (int, bool, null, timestamp) one node at a time. */
    static final class ScalarConstructor extends SafeConstructor {
        ScalarConstructor(LoaderOptions options) {
            super(options);
        }

        Object typedValue(ScalarNode node) {
            return constructObject(node);
        }
    }
}
