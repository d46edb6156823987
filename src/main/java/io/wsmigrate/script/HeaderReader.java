package io.wsmigrate.script;

import io.wsmigrate.revision.Revision;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and checks the top-level keys of a revision file. Ids, labels and the message are taken as
 * the text written, whatever YAML would make of it, so {@code revision: 0010} is the id "0010".
 */
final class HeaderReader {
    static final String REVISION = "revision";
    static final String DOWN_REVISION = "down_revision";
    static final String BRANCH_LABELS = "branch_labels";
    static final String DEPENDS_ON = "depends_on";
    static final String MESSAGE = "message";
    static final String CREATE_DATE = "create_date";
    static final String TRANSACTIONAL = "transactional";
    static final String UPGRADE = "upgrade";
    static final String DOWNGRADE = "downgrade";
    private static final Set<String> KEYS = Set.of(REVISION, DOWN_REVISION, BRANCH_LABELS, DEPENDS_ON, MESSAGE,
            CREATE_DATE, TRANSACTIONAL, UPGRADE, DOWNGRADE);
    /** YAML 1.1 spellings of true, as SnakeYAML reads them; the bool tag already ruled out anything else. */
    private static final Set<String> TRUE_WORDS = Set.of("true", "yes", "on");
    private static final String KEY_LIST = String.join(", ", REVISION, DOWN_REVISION, BRANCH_LABELS, DEPENDS_ON,
            MESSAGE, CREATE_DATE, TRANSACTIONAL, UPGRADE, DOWNGRADE);

    /** The header of a file, and its top-level value nodes by key for whoever reads the rest. */
    record Header(Revision revision, boolean transactional, Map<String, Node> nodes) {
    }

    private HeaderReader() {
    }

    static Header read(Node root, String source) {
        Map<String, Node> nodes = topLevelKeys(root, source);
        Node revisionNode = nodes.get(REVISION);
        if (revisionNode == null) {
            throw new ScriptException(source + ": no `revision:` key; every revision file starts with "
                    + "`revision: <id>` (see the README of the scripts folder)");
        }
        Revision revision = new Revision(
                validId(revisionNode, source),
                idList(nodes.get(DOWN_REVISION), DOWN_REVISION,
                        "null (for a base), one revision id, or a list of ids (for a merge)", source),
                idList(nodes.get(BRANCH_LABELS), BRANCH_LABELS, "a label or a list of labels", source),
                idList(nodes.get(DEPENDS_ON), DEPENDS_ON, "a revision id or a list of ids", source),
                text(nodes.get(MESSAGE), MESSAGE, source),
                source);
        text(nodes.get(CREATE_DATE), CREATE_DATE, source);
        return new Header(revision, transactional(nodes.get(TRANSACTIONAL), source), nodes);
    }

    private static Map<String, Node> topLevelKeys(Node root, String source) {
        if (root == null) {
            throw new ScriptException(source + ": the file is empty; a revision file needs at least "
                    + "`revision: <id>`, `upgrade:` and `downgrade:`");
        }
        if (!(root instanceof MappingNode)) {
            throw Nodes.problem(source, root, "a revision file is a map of keys (" + KEY_LIST + "), not "
                    + Nodes.describe(root));
        }
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) root).getValue()) {
            String key = Nodes.key(tuple, nodes.keySet(), source);
            if (!KEYS.contains(key)) {
                throw Nodes.problem(source, tuple.getKeyNode(), "unknown key '" + key + "'; the keys are " + KEY_LIST);
            }
            nodes.put(key, tuple.getValueNode());
        }
        return nodes;
    }

    /** The file's own id, held to the rules of --rev-id before anything runs or is recorded. */
    private static String validId(Node node, String source) {
        String id = id(node, REVISION, source);
        if (!FileNames.isValidId(id)) {
            throw Nodes.problem(source, node, "revision id '" + id + "' is not valid: " + FileNames.ID_RULE
                    + ", and not base, current, head or heads; rename it, and the down_revision of its children");
        }
        return id;
    }

    private static String id(Node node, String key, String source) {
        String id = Nodes.isNull(node) ? "" : scalarText(node, key, "a single id such as 3f2a9c1b7d0e", source);
        if (id.isBlank()) {
            throw Nodes.problem(source, node, key + " is empty; write the revision id, such as `" + key
                    + ": 3f2a9c1b7d0e`");
        }
        return id;
    }

    private static List<String> idList(Node node, String key, String expected, String source) {
        if (node == null || Nodes.isNull(node)) {
            return List.of();
        }
        if (node instanceof ScalarNode) {
            return List.of(id(node, key, source));
        }
        if (!(node instanceof SequenceNode)) {
            throw Nodes.problem(source, node, key + " must be " + expected + ", not " + Nodes.describe(node));
        }
        List<String> ids = new ArrayList<>();
        for (Node item : ((SequenceNode) node).getValue()) {
            if (!(item instanceof ScalarNode) || Nodes.isNull(item)) {
                throw Nodes.problem(source, item, key + " must be " + expected + "; this item is "
                        + Nodes.describe(item));
            }
            ids.add(id(item, key, source));
        }
        return ids;
    }

    private static String text(Node node, String key, String source) {
        if (node == null || Nodes.isNull(node)) {
            return "";
        }
        return scalarText(node, key, "one line of text", source);
    }

    private static String scalarText(Node node, String key, String expected, String source) {
        if (!(node instanceof ScalarNode)) {
            throw Nodes.problem(source, node, key + " must be " + expected + ", not " + Nodes.describe(node));
        }
        return ((ScalarNode) node).getValue();
    }

    private static boolean transactional(Node node, String source) {
        if (node == null) {
            return true;
        }
        if (!(node instanceof ScalarNode) || !Tag.BOOL.equals(node.getTag())) {
            throw Nodes.problem(source, node, TRANSACTIONAL + " must be true or false, not " + Nodes.describe(node));
        }
        return TRUE_WORDS.contains(((ScalarNode) node).getValue().toLowerCase(Locale.ROOT));
    }
}
