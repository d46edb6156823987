package io.wsmigrate.lint;

import io.wsmigrate.lint.CitusDdl.Distribute;
import io.wsmigrate.lint.CitusDdl.ForeignKey;
import io.wsmigrate.lint.CitusDdl.Identity;
import io.wsmigrate.lint.CitusDdl.Key;
import io.wsmigrate.lint.CitusDdl.Reference;
import io.wsmigrate.lint.CitusDdl.TypeChange;
import io.wsmigrate.lint.CitusDdl.Undistribute;
import io.wsmigrate.lint.CitusDdl.VolatileUpdate;
import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the {@link CitusDdl} of one statement: Citus's distribution functions wherever a statement
 * calls them, {@code CREATE TABLE} columns and constraints, {@code ALTER TABLE} actions,
 * {@code CREATE UNIQUE INDEX} and {@code UPDATE}. A reader of well-formed statements, like {@link DdlParser}.
 */
final class CitusDdlParser {
    private static final Set<String> DISTRIBUTE = Set.of("create_distributed_table",
            "create_distributed_table_concurrently");
    /** Volatile functions Citus refuses in an UPDATE (or its WHERE) of a distributed or reference table. */
    static final Set<String> VOLATILE = Set.of("random", "nextval", "setval", "gen_random_uuid", "uuid_generate_v1",
            "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "txid_current",
            "pg_current_xact_id", "setseed", "random_normal");
    private static final Set<String> TABLE_PREFIXES = Set.of("global", "local", "temporary", "temp", "unlogged");
    private static final Set<String> CONSTRAINT_STARTS = Set.of("constraint", "primary", "unique", "foreign", "check",
            "exclude");

    private CitusDdlParser() {
    }

    static List<CitusDdl> parse(String sql) {
        List<SqlToken> tokens = SqlLexer.tokenizeTolerant(sql);
        List<CitusDdl> found = new ArrayList<>(CitusCalls.read(tokens));
        TokenCursor in = new TokenCursor(tokens);
        if (in.accept("create")) {
            in.accept("or", "replace");
            if (in.accept("unique")) {
                found.addAll(uniqueIndex(in));
            } else {
                while (TABLE_PREFIXES.contains(in.peekWord())) {
                    in.next();
                }
                if (in.accept("table")) {
                    in.accept("if", "not", "exists");
                    found.addAll(createTable(DdlNames.qualified(in), in));
                }
            }
        } else if (in.accept("alter", "table")) {
            in.accept("if", "exists");
            in.accept("only");
            String table = DdlNames.qualified(in);
            for (List<SqlToken> action : in.restSplitAtTopLevelCommas()) {
                found.addAll(alterAction(table, new TokenCursor(action)));
            }
        } else if (in.accept("update")) {
            in.accept("only");
            found.addAll(update(DdlNames.qualified(in), in));
        }
        return found;
    }

    private static List<CitusDdl> createTable(String table, TokenCursor in) {
        List<CitusDdl> found = new ArrayList<>();
        if (!in.acceptPunctuation("(")) {
            return found;
        }
        for (List<SqlToken> element : Parenthesized.split(in)) {
            TokenCursor part = new TokenCursor(element);
            if (CONSTRAINT_STARTS.contains(part.peekWord())) {
                found.addAll(constraint(table, part));
            } else if (part.hasNext() && !part.peek().isWord("like")) {
                found.addAll(column(table, DdlNames.name(part), part));
            }
        }
        return found;
    }

    private static List<CitusDdl> alterAction(String table, TokenCursor in) {
        if (in.accept("add")) {
            if (CONSTRAINT_STARTS.contains(in.peekWord())) {
                return constraint(table, in);
            }
            in.accept("column");
            in.accept("if", "not", "exists");
            return column(table, DdlNames.name(in), in);
        }
        if (in.accept("alter")) {
            in.accept("column");
            String column = DdlNames.name(in);
            if (in.accept("type") || in.accept("set", "data", "type")) {
                return List.of(new TypeChange(table, column));
            }
            if (in.accept("add", "generated")) {
                return List.of(new Identity(table, column));
            }
        }
        return List.of();
    }

    /** A column definition after its name: identity, inline primary key, unique and references. */
    private static List<CitusDdl> column(String table, String column, TokenCursor in) {
        List<CitusDdl> found = new ArrayList<>();
        while (in.hasNext()) {
            if (in.accept("generated")) {
                if (in.skipUntil("identity", "stored").equals("identity")) {
                    found.add(new Identity(table, column));
                }
            } else if (in.accept("primary", "key")) {
                found.add(new Key(table, "primary key", List.of(column)));
            } else if (in.accept("unique")) {
                found.add(new Key(table, "unique constraint", List.of(column)));
            } else if (in.accept("references")) {
                String referenced = DdlNames.qualified(in);
                found.add(new ForeignKey(table, List.of(column), referenced, Parenthesized.names(in)));
            } else {
                in.next();
            }
        }
        return found;
    }

    /** A table constraint, from its CONSTRAINT name or its kind on. */
    private static List<CitusDdl> constraint(String table, TokenCursor in) {
        if (in.accept("constraint")) {
            DdlNames.name(in);
        }
        if (in.accept("primary", "key")) {
            return keyColumns(table, "primary key", in);
        }
        if (in.accept("unique")) {
            in.accept("nulls", "not", "distinct");
            in.accept("nulls", "distinct");
            return keyColumns(table, "unique constraint", in);
        }
        if (in.accept("exclude")) {
            if (in.accept("using")) {
                in.next();
            }
            return List.of(new Key(table, "exclusion constraint", Parenthesized.names(in)));
        }
        if (in.accept("foreign", "key")) {
            List<String> columns = Parenthesized.names(in);
            in.accept("references");
            String referenced = DdlNames.qualified(in);
            return List.of(new ForeignKey(table, columns, referenced, Parenthesized.names(in)));
        }
        return List.of();
    }

    /** {@code (a, b)}; {@code USING INDEX name} names no columns and is left to the index that made it. */
    private static List<CitusDdl> keyColumns(String table, String kind, TokenCursor in) {
        return in.peek().isPunctuation("(") ? List.of(new Key(table, kind, Parenthesized.names(in))) : List.of();
    }

    private static List<CitusDdl> uniqueIndex(TokenCursor in) {
        if (!in.accept("index")) {
            return List.of();
        }
        in.accept("concurrently");
        in.accept("if", "not", "exists");
        if (!in.peek().isWord("on")) {
            DdlNames.qualified(in);
        }
        in.accept("on");
        in.accept("only");
        String table = DdlNames.qualified(in);
        if (in.accept("using")) {
            in.next();
        }
        return List.of(new Key(table, "unique index", Parenthesized.names(in)));
    }

    private static List<CitusDdl> update(String table, TokenCursor in) {
        List<CitusDdl> found = new ArrayList<>();
        while (in.hasNext()) {
            SqlToken token = in.next();
            if (token.kind() == SqlToken.Kind.WORD && VOLATILE.contains(token.text()) && in.peek().isPunctuation("(")) {
                found.add(new VolatileUpdate(table, token.text()));
            }
        }
        return found;
    }
}
