package io.wsmigrate.lint;

import io.wsmigrate.lint.CitusDdl.Distribute;
import io.wsmigrate.lint.CitusDdl.Reference;
import io.wsmigrate.lint.CitusDdl.Undistribute;
import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.TokenCursor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Calls of Citus's distribution functions anywhere in a statement ({@code SELECT
 * create_distributed_table('orders', 'tenant_id', colocate_with => 'customer')}), arguments by
 * position or by name. The body of a {@code DO} block is a string, and not read.
 */
final class CitusCalls {
    /** The parameters of create_distributed_table in order, as Citus declares them. */
    private static final List<String> DISTRIBUTE_PARAMETERS = List.of("table_name", "distribution_column",
            "distribution_type", "colocate_with");

    private CitusCalls() {
    }

    static List<CitusDdl> read(List<SqlToken> tokens) {
        List<CitusDdl> calls = new ArrayList<>();
        TokenCursor in = new TokenCursor(tokens);
        while (in.hasNext()) {
            SqlToken token = in.next();
            if (token.kind() != SqlToken.Kind.WORD || !in.peek().isPunctuation("(")) {
                continue;
            }
            String function = token.text();
            boolean distribute = function.equals("create_distributed_table")
                    || function.equals("create_distributed_table_concurrently");
            if (!distribute && !function.equals("create_reference_table") && !function.equals("undistribute_table")) {
                continue;
            }
            in.next();
            Map<String, String> arguments = arguments(Parenthesized.split(in));
            String table = arguments.get("table_name");
            if (table == null) {
                continue;
            }
            if (distribute && arguments.get("distribution_column") != null) {
                String colocate = arguments.get("colocate_with");
                calls.add(new Distribute(table, arguments.get("distribution_column"),
                        colocate == null || colocate.equalsIgnoreCase("default") ? null
                                : colocate.equalsIgnoreCase("none") ? "none" : tableName(colocate)));
            } else if (function.equals("create_reference_table")) {
                calls.add(new Reference(table));
            } else if (function.equals("undistribute_table")) {
                calls.add(new Undistribute(table));
            }
        }
        return calls;
    }

    /** Each argument's string value by parameter name; the table's as lint names tables. */
    private static Map<String, String> arguments(List<List<SqlToken>> elements) {
        Map<String, String> arguments = new HashMap<>();
        for (int i = 0; i < elements.size(); i++) {
            List<SqlToken> element = elements.get(i);
            String name = i < DISTRIBUTE_PARAMETERS.size() ? DISTRIBUTE_PARAMETERS.get(i) : "";
            int valueAt = 0;
            if (element.size() > 2 && element.get(1).isOperator("=>")) {
                name = element.get(0).text();
                valueAt = 2;
            }
            if (element.size() > valueAt && element.get(valueAt).kind() == SqlToken.Kind.STRING) {
                String value = element.get(valueAt).text();
                arguments.put(name, name.equals("table_name") ? tableName(value) : value);
            }
        }
        return arguments;
    }

    /** {@code 'public.orders'} or {@code '"Orders"'}: the name inside the string, read as SQL. */
    private static String tableName(String text) {
        return DdlNames.qualified(new TokenCursor(SqlLexer.tokenizeTolerant(text)));
    }
}
