package io.wsmigrate.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import io.wsmigrate.yaml.MergeGuardedYaml;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * The settings reader types the common scalars itself and leaves the rest to SnakeYAML's safe
 * constructor: on every spelling, the value (and its Java type) is the one that constructor gives.
 */
class ScalarTypingTest {
    private static final List<String> VALUES = List.of(
            "text", "jdbc:postgresql://h:5432/db", "'quoted'", "\"0\"", "''", "a b", "WARN", "OFF", "Off", "off",
            "on", "ON", "On", "yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE",
            "y", "n", "tRUE", "null", "Null", "NULL", "~", "", "!!bool on", "!!bool yes", "!!str 12", "!!int 12",
            "0", "-0", "+0", "7", "-7", "+7", "12", "012", "0o12", "0x1F", "0b101", "1_000", "123456789",
            "-123456789", "1234567890", "2147483647", "2147483648", "99999999999999999999", "1:30", "-1:30",
            "1.5", "-1.5", ".5", "1e3", "1.0e+3", ".inf", "-.inf", ".NaN", "2026-01-01", "2026-01-01T10:00:00Z",
            "!!binary aGVsbG8=", "!!float 3", "!!null x");

    @Test
    void everyScalarIsTypedAsTheSafeConstructorTypesIt() {
        YamlReader.ScalarTyping typing = new YamlReader.ScalarTyping();
        YamlReader.ScalarConstructor safe = new YamlReader.ScalarConstructor(new LoaderOptions());
        for (ScalarNode node : scalars()) {
            Object expected = safe.typedValue(node);
            Object actual = typing.typedValue(node);
            String what = node.getTag() + " " + node.getValue();
            if (expected instanceof byte[] bytes) {
                assertEquals(new String(bytes), new String((byte[]) actual), what);
            } else if (expected instanceof Double d && d.isNaN()) {
                assertInstanceOf(Double.class, actual, what);
            } else {
                assertEquals(expected, actual, what);
                assertEquals(expected == null ? null : expected.getClass(), actual == null ? null : actual.getClass(),
                        what);
            }
        }
    }

    private static List<ScalarNode> scalars() {
        StringBuilder yaml = new StringBuilder();
        for (int i = 0; i < VALUES.size(); i++) {
            yaml.append("k").append(i).append(": ").append(VALUES.get(i)).append('\n');
        }
        LoaderOptions options = new LoaderOptions();
        Node root = MergeGuardedYaml.composeOnly(new StringReader(yaml.toString()), options, false).get(0);
        List<ScalarNode> nodes = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            nodes.add((ScalarNode) tuple.getValueNode());
        }
        assertEquals(VALUES.size(), nodes.size());
        return nodes;
    }
}
