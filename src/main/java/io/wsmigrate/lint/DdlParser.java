package io.wsmigrate.lint;

import io.wsmigrate.lint.DdlAction.AddColumn;
import io.wsmigrate.lint.DdlAction.AlterColumnType;
import io.wsmigrate.lint.DdlAction.CreateIndex;
import io.wsmigrate.lint.DdlAction.CreateTable;
import io.wsmigrate.lint.DdlAction.DropColumn;
import io.wsmigrate.lint.DdlAction.DropTable;
import io.wsmigrate.lint.DdlAction.SetNotNull;
import io.wsmigrate.lint.DdlAction.ValidateConstraint;
import io.wsmigrate.sql.SqlLexer;
import io.wsmigrate.sql.SqlToken;
import io.wsmigrate.sql.TokenCursor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads the table-level effects of one statement: {@code CREATE TABLE}, {@code CREATE INDEX},
 * {@code DROP TABLE} and the actions of {@code ALTER TABLE}. Anything else has no effect here. It
 * is a reader of well-formed statements (Liquibase's, or ones PostgreSQL will check), not a validator.
 */
final class DdlParser {
    private static final Set<String> TABLE_PREFIXES = Set.of("global", "local", "temporary", "temp", "unlogged");

    private DdlParser() {
    }

    static List<DdlAction> parse(String sql) {
        TokenCursor in = new TokenCursor(SqlLexer.tokenizeTolerant(sql));
        if (in.accept("create")) {
            in.accept("or", "replace");
            return create(in);
        }
        if (in.accept("drop", "table")) {
            in.accept("if", "exists");
            List<DdlAction> drops = new ArrayList<>();
            do {
                drops.add(new DropTable(DdlNames.qualified(in)));
            } while (in.acceptPunctuation(","));
            return drops;
        }
        if (in.accept("alter", "table")) {
            in.accept("if", "exists");
            in.accept("only");
            String table = DdlNames.qualified(in);
            List<DdlAction> actions = new ArrayList<>();
            for (List<SqlToken> action : in.restSplitAtTopLevelCommas()) {
                actions.addAll(AlterTableActions.parse(table, new TokenCursor(action)));
            }
            return actions;
        }
        return List.of();
    }

    private static List<DdlAction> create(TokenCursor in) {
        boolean unique = in.accept("unique");
        if (in.accept("index")) {
            boolean concurrently = in.accept("concurrently");
            in.accept("if", "not", "exists");
            String name = in.peek().isWord("on") ? null : DdlNames.qualified(in);
            in.accept("on");
            in.accept("only");
            return List.of(new CreateIndex(DdlNames.qualified(in), name, concurrently, unique));
        }
        while (TABLE_PREFIXES.contains(in.peekWord())) {
            in.next();
        }
        if (!unique && in.accept("table")) {
            in.accept("if", "not", "exists");
            return List.of(new CreateTable(DdlNames.qualified(in)));
        }
        return List.of();
    }

    /** {@code ALTER TABLE} actions, one at a time. */
    static final class AlterTableActions {
        private static final Set<String> CONSTRAINT_STARTS = Set.of("constraint", "primary", "unique", "foreign",
                "check", "exclude");

        private AlterTableActions() {
        }

        static List<DdlAction> parse(String table, TokenCursor in) {
            if (in.accept("add")) {
                if (CONSTRAINT_STARTS.contains(in.peekWord())) {
                    return List.of(ConstraintReader.read(table, in));
                }
                in.accept("column");
                in.accept("if", "not", "exists");
                String column = DdlNames.name(in);
                return List.of(ColumnReader.read(table, column, in));
            }
            if (in.accept("alter")) {
                in.accept("column");
                String column = DdlNames.name(in);
                if (in.accept("type") || in.accept("set", "data", "type")) {
                    return List.of(new AlterColumnType(table, column));
                }
                return in.accept("set", "not", "null") ? List.of(new SetNotNull(table, column)) : List.of();
            }
            if (in.accept("drop")) {
                if (in.peek().isWord("constraint")) {
                    return List.of();
                }
                in.accept("column");
                in.accept("if", "exists");
                return List.of(new DropColumn(table, DdlNames.name(in)));
            }
            if (in.accept("validate", "constraint")) {
                return List.of(new ValidateConstraint(table, DdlNames.name(in)));
            }
            return List.of();
        }
    }

    /** The type and constraints of a column being added. */
    static final class ColumnReader {
        /** Functions whose default value differs per row, so PostgreSQL must write it into every row. */
        private static final Set<String> VOLATILE = Set.of("random", "gen_random_uuid", "uuid_generate_v1",
                "uuid_generate_v1mc", "uuid_generate_v4", "clock_timestamp", "timeofday", "nextval",
                "txid_current", "pg_current_xact_id", "setseed");
        private static final Set<String> SERIAL = Set.of("serial", "serial4", "bigserial", "serial8", "smallserial",
                "serial2");

        private ColumnReader() {
        }

        static AddColumn read(String table, String column, TokenCursor in) {
            boolean notNull = false;
            boolean hasDefault = false;
            String rewrite = SERIAL.contains(in.peekWord()) ? "it is a " + in.peekWord() + " column, whose"
                    + " sequence fills every existing row" : null;
            boolean inDefault = false;
            while (in.hasNext()) {
                if (in.accept("not", "null") || in.accept("primary", "key")) {
                    notNull = true;
                    inDefault = false;
                } else if (in.accept("default")) {
                    hasDefault = true;
                    inDefault = true;
                } else if (in.accept("generated")) {
                    inDefault = false;
                    rewrite = in.skipUntil("identity", "stored").equals("identity")
                            ? "it is an identity column, whose sequence fills every existing row"
                            : "it is a stored generated column, computed for every existing row";
                } else if (inDefault && in.peek().kind() == SqlToken.Kind.WORD && in.peek(1).isPunctuation("(")
                        && VOLATILE.contains(in.peekWord())) {
                    rewrite = rewrite != null ? rewrite : "its default " + in.peekWord()
                            + "() is volatile, so a value is computed and written for every existing row";
                    in.next();
                } else {
                    in.next();
                }
            }
            return new AddColumn(table, column, notNull, hasDefault || rewrite != null, rewrite);
        }
    }

    /** {@code ADD [CONSTRAINT name] CHECK | FOREIGN KEY | UNIQUE | PRIMARY KEY | EXCLUDE ...}. */
    static final class ConstraintReader {
        private ConstraintReader() {
        }

        static DdlAction.AddConstraint read(String table, TokenCursor in) {
            String name = in.accept("constraint") ? DdlNames.name(in) : null;
            DdlAction.ConstraintKind kind;
            String notNullColumn = null;
            if (in.accept("primary", "key")) {
                kind = DdlAction.ConstraintKind.PRIMARY_KEY;
            } else if (in.accept("unique")) {
                kind = DdlAction.ConstraintKind.UNIQUE;
            } else if (in.accept("foreign", "key")) {
                kind = DdlAction.ConstraintKind.FOREIGN_KEY;
            } else if (in.accept("check")) {
                kind = DdlAction.ConstraintKind.CHECK;
                notNullColumn = DdlNames.notNullCheckColumn(in);
            } else {
                in.accept("exclude");
                kind = DdlAction.ConstraintKind.EXCLUDE;
            }
            boolean usingIndex = false;
            boolean notValid = false;
            while (in.hasNext()) {
                if (in.accept("using", "index")) {
                    usingIndex = true;
                } else if (in.accept("not", "valid")) {
                    notValid = true;
                } else {
                    in.next();
                }
            }
            return new DdlAction.AddConstraint(table, name, kind, notValid, usingIndex, notNullColumn);
        }
    }
}
