package io.wsmigrate.compare;

import io.wsmigrate.compare.SqlNode.ArrayOf;
import io.wsmigrate.compare.SqlNode.Between;
import io.wsmigrate.compare.SqlNode.Binary;
import io.wsmigrate.compare.SqlNode.Call;
import io.wsmigrate.compare.SqlNode.Case;
import io.wsmigrate.compare.SqlNode.Cast;
import io.wsmigrate.compare.SqlNode.ColumnRef;
import io.wsmigrate.compare.SqlNode.InList;
import io.wsmigrate.compare.SqlNode.Junction;
import io.wsmigrate.compare.SqlNode.Postfix;
import io.wsmigrate.compare.SqlNode.Quantified;
import io.wsmigrate.compare.SqlNode.Subscript;
import io.wsmigrate.compare.SqlNode.Unary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Questions asked of a parsed expression as a whole. */
final class SqlTrees {
    private SqlTrees() {
    }

    /** The names of the columns the expression refers to. */
    static Set<String> columns(SqlNode root) {
        Set<String> names = new TreeSet<>();
        Deque<SqlNode> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            SqlNode node = pending.pop();
            if (node instanceof ColumnRef ref) {
                names.add(ref.column());
            }
            pending.addAll(children(node));
        }
        return names;
    }

    /** PostgreSQL's {@code FigureIndexColname}: a column's name, a function's name, else {@code expr}. */
    static String figureName(SqlNode node) {
        SqlNode current = node;
        while (current instanceof Cast cast) {
            current = cast.operand();
        }
        if (current instanceof ColumnRef ref) {
            return ref.column();
        }
        if (current instanceof Call call) {
            int dot = call.name().lastIndexOf('.');
            return call.name().substring(dot + 1);
        }
        return "expr";
    }

    static List<SqlNode> children(SqlNode node) {
        List<SqlNode> out = new ArrayList<>();
        if (node instanceof Cast cast) {
            out.add(cast.operand());
        } else if (node instanceof Unary unary) {
            out.add(unary.operand());
        } else if (node instanceof Binary binary) {
            out.add(binary.left());
            out.add(binary.right());
        } else if (node instanceof Junction junction) {
            out.addAll(junction.operands());
        } else if (node instanceof Postfix postfix) {
            out.add(postfix.operand());
        } else if (node instanceof InList in) {
            out.add(in.operand());
            out.addAll(in.values());
        } else if (node instanceof Between between) {
            out.addAll(List.of(between.operand(), between.low(), between.high()));
        } else if (node instanceof Call call) {
            out.addAll(call.arguments());
        } else if (node instanceof Quantified quantified) {
            out.add(quantified.array());
        } else if (node instanceof ArrayOf array) {
            out.addAll(array.elements());
        } else if (node instanceof Subscript subscript) {
            out.add(subscript.operand());
            out.add(subscript.index());
        } else if (node instanceof Case caseNode) {
            if (caseNode.operand() != null) {
                out.add(caseNode.operand());
            }
            out.addAll(caseNode.branches());
            if (caseNode.otherwise() != null) {
                out.add(caseNode.otherwise());
            }
        }
        return out;
    }
}
