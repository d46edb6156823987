package io.wsmigrate.yaml;

import java.io.Reader;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.constructor.BaseConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML with merge keys resolved while composing, except that a map merging itself
 * ({@code a: &a {<<: *a}}) is a syntax error: SnakeYAML 2.4 would loop forever flattening it, and
 * a three-line settings file or one edited revision file would hang every command.
 */
public final class MergeGuardedYaml extends Yaml {

    /** For reading only: SnakeYAML's default representer and resolver. */
    public MergeGuardedYaml(BaseConstructor constructor, LoaderOptions loading) {
        this(constructor, new Representer(new DumperOptions()), new DumperOptions(), loading, new Resolver());
    }

    public MergeGuardedYaml(BaseConstructor constructor, Representer representer, DumperOptions dumping,
                            LoaderOptions loading, Resolver resolver) {
        super(constructor, representer, dumping, loading, resolver);
    }

    @Override
    public Node compose(Reader yaml) {
        Composer composer = composer(yaml, resolver, loadingConfig);
        constructor.setComposer(composer);
        return composer.getSingleNode();
    }

    /** Every document of a multi-document stream, each guarded as {@link #compose} guards one. */
    @Override
    public Iterable<Node> composeAll(Reader yaml) {
        Composer composer = composer(yaml, resolver, loadingConfig);
        constructor.setComposer(composer);
        return documents(composer);
    }

    /**
     * The one document of {@code yaml} (null when empty) or, with {@code all}, every document,
     * composed as {@link #compose} and {@link #composeAll} do, with SnakeYAML's default resolver,
     * but without a {@code Yaml} and its constructor: a reader that constructs no objects needs
     * neither, and SnakeYAML's constructor starts java.util.logging, which looks through every
     * jar of the classpath.
     */
    public static List<Node> composeOnly(Reader yaml, LoaderOptions loading, boolean all) {
        Composer composer = composer(yaml, new Resolver(), loading);
        if (all) {
            return documents(composer);
        }
        Node root = composer.getSingleNode();
        return root == null ? List.of() : List.of(root);
    }

    private static Composer composer(Reader yaml, Resolver resolver, LoaderOptions loading) {
        return new SelfMergeRefusingComposer(new ParserImpl(new StreamReader(yaml), loading), resolver, loading);
    }

    private static List<Node> documents(Composer composer) {
        List<Node> nodes = new java.util.ArrayList<>();
        while (composer.checkNode()) {
            nodes.add(composer.getNode());
        }
        return nodes;
    }

    private static final class SelfMergeRefusingComposer extends Composer {
        SelfMergeRefusingComposer(ParserImpl parser, Resolver resolver, LoaderOptions loading) {
            super(parser, resolver, loading);
        }

        @Override
        protected void composeMappingChildren(List<NodeTuple> children, MappingNode node) {
            super.composeMappingChildren(children, node);
            NodeTuple added = children.get(children.size() - 1);
            if (Tag.MERGE.equals(added.getKeyNode().getTag()) && mergesItself(node, added.getValueNode())) {
                throw new ComposerException("while merging a map", node.getStartMark(),
                        "the merge key << refers to the map that contains it", added.getKeyNode().getStartMark()) {
                };
            }
        }

        private static boolean mergesItself(MappingNode node, Node source) {
            return source == node
                    || source instanceof SequenceNode sequence && sequence.getValue().stream().anyMatch(s -> s == node);
        }
    }
}
