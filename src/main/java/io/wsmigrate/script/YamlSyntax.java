package io.wsmigrate.script;

import io.wsmigrate.yaml.MergeGuardedYaml;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one SnakeYAML configuration used to read and to write revision files, so that what the writer
 * leaves unquoted the reader reads back as the same type. Not thread-safe: make one per use.
 */
final class YamlSyntax {
    /** Large data migrations are legitimate; SnakeYAML's 3 MB default would reject them. */
    private static final int MAX_CODE_POINTS = 64 * 1024 * 1024;
    /** A leaf map or list whose one-line form fits in this many characters is written in flow style. */
    private static final int MAX_FLOW_LENGTH = 72;
    private static final Pattern OTHER_LINE_BREAKS = Pattern.compile("[\\r\\u0085\\u2028\\u2029]");

    private YamlSyntax() {
    }

    static Yaml create() {
        LoaderOptions loading = new LoaderOptions();
        loading.setCodePointLimit(MAX_CODE_POINTS);
        loading.setMergeOnCompose(true);
        DumperOptions dumping = new DumperOptions();
        dumping.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        dumping.setIndent(2);
        dumping.setIndicatorIndent(2);
        dumping.setIndentWithIndicator(true);
        dumping.setSplitLines(false);
        dumping.setWidth(Integer.MAX_VALUE);
        dumping.setAllowUnicode(true);
        dumping.setDereferenceAliases(true);
        dumping.setNonPrintableStyle(DumperOptions.NonPrintableStyle.ESCAPE);
        return new MergeGuardedYaml(new ValueConstructor(loading), new ReadableRepresenter(dumping), dumping, loading,
                new NoTimestampResolver());
    }

    /**
     * Dates stay strings: {@code create_date} is informational, and a date-like value in a change
     * (such as {@code defaultValueDate: 2024-01-01}) reaches Liquibase exactly as written.
     */
    static final class NoTimestampResolver extends Resolver {
        @Override
        public void addImplicitResolver(Tag tag, Pattern regexp, String first, int limit) {
            if (!Tag.TIMESTAMP.equals(tag)) {
                super.addImplicitResolver(tag, regexp, first, limit);
            }
        }
    }

    /** Exposes SnakeYAML's own scalar constructors, so {@code 0x1F}, {@code 1_000} and {@code yes} mean what they always mean. */
    static final class ValueConstructor extends SafeConstructor {
        ValueConstructor() {
            this(new LoaderOptions());
        }

        ValueConstructor(LoaderOptions options) {
            super(options);
        }

        /** The Java value of a str, int, float, bool or null scalar. */
        Object scalar(ScalarNode node) {
            return yamlConstructors.get(node.getTag()).construct(node);
        }
    }

    /**
     * Block style throughout, except that short leaf maps and lists stay on one line
     * ({@code constraints: {nullable: false}}); multi-line strings become {@code |} blocks unless they
     * end in blank lines, which only a {@code |+} block could keep and a following blank line would change.
     */
    static final class ReadableRepresenter extends Representer {
        ReadableRepresenter(DumperOptions options) {
            super(options);
        }

        /** The document itself and the items of a top-level list (one change each) are always blocks. */
        @Override
        public Node represent(Object data) {
            Node root = super.represent(data);
            if (root instanceof SequenceNode) {
                ((SequenceNode) root).getValue().forEach(ReadableRepresenter::useBlockStyle);
            }
            useBlockStyle(root);
            return root;
        }

        private static void useBlockStyle(Node node) {
            if (node instanceof CollectionNode) {
                ((CollectionNode<?>) node).setFlowStyle(DumperOptions.FlowStyle.BLOCK);
            }
        }

        /**
         * Double quotes, which escape, for text whose line breaks other styles would not keep: a
         * reader turns {@code \r}, U+0085, U+2028 and U+2029 written raw into {@code \n}.
         */
        @Override
        protected Node representScalar(Tag tag, String value, DumperOptions.ScalarStyle style) {
            boolean trailingBlankLines = style == DumperOptions.ScalarStyle.LITERAL && value.endsWith("\n\n");
            if (trailingBlankLines || OTHER_LINE_BREAKS.matcher(value).find()) {
                style = DumperOptions.ScalarStyle.DOUBLE_QUOTED;
            }
            return super.representScalar(tag, value, style);
        }

        @Override
        protected Node representMapping(Tag tag, Map<?, ?> mapping, DumperOptions.FlowStyle flowStyle) {
            return preferFlowWhenShort((CollectionNode<?>) super.representMapping(tag, mapping, flowStyle));
        }

        @Override
        protected Node representSequence(Tag tag, Iterable<?> sequence, DumperOptions.FlowStyle flowStyle) {
            SequenceNode node = (SequenceNode) super.representSequence(tag, sequence, flowStyle);
            writeOneLineItemsAlike(node);
            return preferFlowWhenShort(node);
        }

        /**
         * Items written on one line are written alike: when one wrapper ({@code column:} around a
         * short map) is too long for braces of its own, every such item of the list goes without
         * them, so that a table's columns do not alternate between {@code - {column: {...}}} and
         * {@code - column: {...}} with the length of their names.
         */
        private static void writeOneLineItemsAlike(SequenceNode list) {
            List<MappingNode> wrappers = new ArrayList<>();
            boolean anyBlock = false;
            for (Node item : list.getValue()) {
                if (item instanceof MappingNode wrapper && wrapper.getValue().size() == 1
                        && wrapper.getValue().get(0).getValueNode() instanceof CollectionNode<?> inner
                        && inner.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                    wrappers.add(wrapper);
                    anyBlock |= wrapper.getFlowStyle() != DumperOptions.FlowStyle.FLOW;
                }
            }
            if (anyBlock) {
                wrappers.forEach(wrapper -> wrapper.setFlowStyle(DumperOptions.FlowStyle.BLOCK));
            }
        }

        private static Node preferFlowWhenShort(CollectionNode<?> node) {
            if (flowLength(node) <= MAX_FLOW_LENGTH) {
                node.setFlowStyle(DumperOptions.FlowStyle.FLOW);
            }
            return node;
        }

        /** Estimated one-line length, or more than the maximum when the node must not be one line. */
        private static int flowLength(Node node) {
            int tooLong = MAX_FLOW_LENGTH + 1;
            if (node instanceof ScalarNode) {
                String value = ((ScalarNode) node).getValue();
                return value.indexOf('\n') >= 0 ? tooLong : value.length() + 2;
            }
            if (node instanceof SequenceNode) {
                int length = 2;
                for (Node item : ((SequenceNode) node).getValue()) {
                    if (!(item instanceof ScalarNode)) {
                        return tooLong;
                    }
                    length += flowLength(item) + 2;
                }
                return length;
            }
            int length = 2;
            for (NodeTuple tuple : ((MappingNode) node).getValue()) {
                if (tuple.getValueNode() instanceof SequenceNode) {
                    return tooLong;
                }
                length += flowLength(tuple.getKeyNode()) + flowLength(tuple.getValueNode()) + 2;
                if (length > MAX_FLOW_LENGTH) {
                    return tooLong;
                }
            }
            return length;
        }
    }
}
