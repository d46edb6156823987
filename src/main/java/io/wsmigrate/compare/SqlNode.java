package io.wsmigrate.compare;

import io.wsmigrate.schema.Identifiers;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A parsed SQL expression. {@link #sql()} prints it fully parenthesized, lower-case outside
 * literals and with identifiers quoted only where needed: one spelling per tree, so two
 * expressions compare equal exactly when their canonical trees print the same.
 */
sealed interface SqlNode {

    String sql();

    record StringLiteral(String value) implements SqlNode {
        @Override
        public String sql() {
            return Identifiers.literal(value);
        }
    }

    record NumberLiteral(String value) implements SqlNode {
        @Override
        public String sql() {
            return value;
        }
    }

    record BooleanLiteral(boolean value) implements SqlNode {
        @Override
        public String sql() {
            return String.valueOf(value);
        }
    }

    record NullLiteral() implements SqlNode {
        @Override
        public String sql() {
            return "null";
        }
    }

    /** A column reference, possibly qualified ({@code t.price}). */
    record ColumnRef(List<String> parts) implements SqlNode {
        public ColumnRef {
            parts = List.copyOf(parts);
        }

        String column() {
            return parts.get(parts.size() - 1);
        }

        @Override
        public String sql() {
            return parts.stream().map(Identifiers::quote).collect(Collectors.joining("."));
        }
    }

    /** A parameterless SQL value function such as {@code current_date} or {@code current_user}. */
    record Keyword(String word) implements SqlNode {
        @Override
        public String sql() {
            return word;
        }
    }

    record Call(String name, List<SqlNode> arguments, boolean distinct) implements SqlNode {
        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public String sql() {
            return name + "(" + (distinct ? "distinct " : "") + join(arguments, ", ") + ")";
        }
    }

    /** {@code count(*)}. */
    record Star() implements SqlNode {
        @Override
        public String sql() {
            return "*";
        }
    }

    record Cast(SqlNode operand, String type) implements SqlNode {
        @Override
        public String sql() {
            return "(" + operand.sql() + ")::" + type;
        }
    }

    record Unary(String operator, SqlNode operand) implements SqlNode {
        @Override
        public String sql() {
            return "(" + operator + (Character.isLetter(operator.charAt(0)) ? " " : "") + operand.sql() + ")";
        }
    }

    record Binary(String operator, SqlNode left, SqlNode right) implements SqlNode {
        @Override
        public String sql() {
            return "(" + left.sql() + " " + operator + " " + right.sql() + ")";
        }
    }

    /** An AND or OR of two or more operands, flattened. */
    record Junction(String operator, List<SqlNode> operands) implements SqlNode {
        public Junction {
            operands = List.copyOf(operands);
        }

        @Override
        public String sql() {
            return "(" + join(operands, " " + operator + " ") + ")";
        }
    }

    /** {@code IS NULL}, {@code IS NOT NULL}, {@code IS TRUE} and the like. */
    record Postfix(SqlNode operand, String operator) implements SqlNode {
        @Override
        public String sql() {
            return "(" + operand.sql() + " " + operator + ")";
        }
    }

    record InList(SqlNode operand, List<SqlNode> values, boolean negated) implements SqlNode {
        public InList {
            values = List.copyOf(values);
        }

        @Override
        public String sql() {
            return "(" + operand.sql() + (negated ? " not in (" : " in (") + join(values, ", ") + "))";
        }
    }

    /** {@code ANY (array)} or {@code ALL (array)} on the right of a comparison. */
    record Quantified(String quantifier, SqlNode array) implements SqlNode {
        @Override
        public String sql() {
            return quantifier + " (" + array.sql() + ")";
        }
    }

    record ArrayOf(List<SqlNode> elements) implements SqlNode {
        public ArrayOf {
            elements = List.copyOf(elements);
        }

        @Override
        public String sql() {
            return "array[" + join(elements, ", ") + "]";
        }
    }

    record Between(SqlNode operand, SqlNode low, SqlNode high, boolean negated) implements SqlNode {
        @Override
        public String sql() {
            return "(" + operand.sql() + (negated ? " not between " : " between ") + low.sql() + " and "
                    + high.sql() + ")";
        }
    }

    /** {@code CASE [operand] WHEN .. THEN .. [ELSE ..] END}; {@code branches} alternate when, then. */
    record Case(SqlNode operand, List<SqlNode> branches, SqlNode otherwise) implements SqlNode {
        public Case {
            branches = List.copyOf(branches);
        }

        @Override
        public String sql() {
            StringBuilder out = new StringBuilder("case");
            if (operand != null) {
                out.append(' ').append(operand.sql());
            }
            for (int i = 0; i < branches.size(); i += 2) {
                out.append(" when ").append(branches.get(i).sql()).append(" then ").append(branches.get(i + 1).sql());
            }
            if (otherwise != null) {
                out.append(" else ").append(otherwise.sql());
            }
            return out.append(" end").toString();
        }
    }

    record Subscript(SqlNode operand, SqlNode index) implements SqlNode {
        @Override
        public String sql() {
            return "(" + operand.sql() + ")[" + index.sql() + "]";
        }
    }

    private static String join(List<SqlNode> nodes, String separator) {
        return nodes.stream().map(SqlNode::sql).collect(Collectors.joining(separator));
    }
}
