package io.wsmigrate.entities;

import io.wsmigrate.schema.CheckConstraint;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.Index;
import io.wsmigrate.schema.IndexColumn;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import io.wsmigrate.schema.Sequence;
import io.wsmigrate.schema.UniqueConstraint;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads Hibernate's PostgreSQL CREATE statements back into plain facts, written independently of
 * the converter so that tests can check the model against the DDL Hibernate really emits.
 */
final class HibernateDdlReader {
    private static final Pattern CREATE_TABLE = Pattern.compile("create table (\\S+) \\((.*)\\)");
    private static final Pattern SEQUENCE = Pattern.compile("create sequence (\\S+) start with (\\d+) increment by (\\d+)");
    private static final Pattern INDEX = Pattern.compile("create (unique )?index (\\S+) on (\\S+) \\((.*)\\)");
    private static final Pattern FOREIGN_KEY = Pattern.compile("alter table if exists (\\S+) add constraint (\\S+)"
            + " foreign key \\(([^)]*)\\) references (\\S+)(?: \\(([^)]*)\\))?(?: on delete (.+))?");
    private static final Pattern TABLE_COMMENT = Pattern.compile("comment on table (\\S+) is '(.*)'");
    private static final Pattern COLUMN_COMMENT = Pattern.compile("comment on column (\\S+) is '(.*)'");

    /** One column line of a create table. */
    record ColumnLine(String name, String type, boolean notNull, String defaultExpression, boolean identity,
                      boolean unique, String check) {
    }

    /** Everything one table gets from the DDL. */
    static final class TableFacts {
        final List<ColumnLine> columns = new ArrayList<>();
        List<String> primaryKey = List.of();
        final List<UniqueConstraint> uniques = new ArrayList<>();
        final List<CheckConstraint> checks = new ArrayList<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();
        final List<Index> indexes = new ArrayList<>();
        String comment;
        final Map<String, String> columnComments = new LinkedHashMap<>();
    }

    final Map<QualifiedName, TableFacts> tables = new LinkedHashMap<>();
    final List<Sequence> sequences = new ArrayList<>();
    /** Rows Hibernate inserts for table generators: data, not schema, so not part of the model. */
    final List<String> initialRows = new ArrayList<>();
    final List<String> unread = new ArrayList<>();

    static HibernateDdlReader read(List<String> statements) {
        HibernateDdlReader reader = new HibernateDdlReader();
        statements.forEach(reader::statement);
        return reader;
    }

    private void statement(String sql) {
        Matcher m;
        if ((m = CREATE_TABLE.matcher(sql)).matches()) {
            createTable(qualified(m.group(1)), m.group(2));
        } else if ((m = SEQUENCE.matcher(sql)).matches()) {
            sequences.add(new Sequence(qualified(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
        } else if ((m = INDEX.matcher(sql)).matches()) {
            List<IndexColumn> columns = new ArrayList<>();
            for (String part : splitTopLevel(m.group(4))) {
                String[] words = part.trim().split(" ");
                columns.add(new IndexColumn(name(words[0]), words.length > 1 && words[1].equals("desc")));
            }
            table(m.group(3)).indexes.add(new Index(name(m.group(2)), columns, m.group(1) != null, null, null));
        } else if ((m = FOREIGN_KEY.matcher(sql)).matches()) {
            foreignKey(m);
        } else if ((m = TABLE_COMMENT.matcher(sql)).matches()) {
            table(m.group(1)).comment = m.group(2).replace("''", "'");
        } else if ((m = COLUMN_COMMENT.matcher(sql)).matches()) {
            List<String> parts = dotted(m.group(1));
            String column = parts.remove(parts.size() - 1);
            table(String.join(".", parts)).columnComments.put(name(column), m.group(2).replace("''", "'"));
        } else if (sql.startsWith("insert into ")) {
            initialRows.add(sql);
        } else {
            unread.add(sql);
        }
    }

    private void foreignKey(Matcher m) {
        QualifiedName target = qualified(m.group(4));
        List<String> referenced = m.group(5) == null ? table(m.group(4)).primaryKey : names(m.group(5));
        ReferentialAction onDelete = m.group(6) == null ? ReferentialAction.NO_ACTION : ReferentialAction.parse(m.group(6));
        table(m.group(1)).foreignKeys.add(new ForeignKey(name(m.group(2)), names(m.group(3)), target, referenced,
                onDelete, ReferentialAction.NO_ACTION));
    }

    private void createTable(QualifiedName name, String body) {
        TableFacts facts = tables.computeIfAbsent(name, key -> new TableFacts());
        for (String element : splitTopLevel(body)) {
            String part = element.trim();
            Matcher named = Pattern.compile("constraint (\\S+) (unique|check) \\((.*)\\)").matcher(part);
            if (part.startsWith("primary key (")) {
                facts.primaryKey = names(inner(part));
            } else if (part.startsWith("unique (")) {
                facts.uniques.add(new UniqueConstraint(null, names(inner(part))));
            } else if (part.startsWith("check (")) {
                facts.checks.add(new CheckConstraint(null, inner(part)));
            } else if (named.matches() && named.group(2).equals("unique")) {
                facts.uniques.add(new UniqueConstraint(name(named.group(1)), names(named.group(3))));
            } else if (named.matches()) {
                facts.checks.add(new CheckConstraint(name(named.group(1)), named.group(3)));
            } else {
                facts.columns.add(columnLine(part));
            }
        }
    }

    private static ColumnLine columnLine(String line) {
        int nameEnd = line.startsWith("\"") ? line.indexOf('"', 1) + 1 : line.indexOf(' ');
        String name = name(line.substring(0, nameEnd));
        String rest = line.substring(nameEnd);
        String check = null;
        Matcher checkMatch = Pattern.compile(" check \\((.*)\\)$").matcher(rest);
        if (checkMatch.find()) {
            check = checkMatch.group(1);
            rest = rest.substring(0, checkMatch.start());
        }
        boolean unique = rest.endsWith(" unique");
        rest = unique ? rest.substring(0, rest.length() - " unique".length()) : rest;
        boolean identity = rest.endsWith(" generated by default as identity");
        boolean notNull = rest.endsWith(" not null");
        rest = rest.replaceAll(" (generated by default as identity|not null)$", "");
        String defaultExpression = null;
        int defaultAt = rest.indexOf(" default ");
        if (defaultAt >= 0) {
            defaultExpression = rest.substring(defaultAt + " default ".length());
            rest = rest.substring(0, defaultAt);
        }
        return new ColumnLine(name, rest.trim(), notNull, defaultExpression, identity, unique, check);
    }

    private TableFacts table(String rendered) {
        return tables.computeIfAbsent(qualified(rendered), key -> new TableFacts());
    }

    private static String inner(String text) {
        return text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
    }

    private static List<String> names(String list) {
        return splitTopLevel(list).stream().map(String::trim).map(HibernateDdlReader::name).toList();
    }

    static QualifiedName qualified(String rendered) {
        List<String> parts = dotted(rendered);
        return parts.size() == 1 ? QualifiedName.of(name(parts.get(0))) : new QualifiedName(name(parts.get(0)), name(parts.get(1)));
    }

    /** Splits {@code a."B".c} at dots outside quotes. */
    private static List<String> dotted(String rendered) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : rendered.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '.' && !quoted) {
                parts.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(current.toString());
        return parts;
    }

    static String name(String rendered) {
        return rendered.startsWith("\"") ? rendered.substring(1, rendered.length() - 1) : rendered.toLowerCase(Locale.ROOT);
    }

    /** Splits at commas outside parentheses and quotes. */
    static List<String> splitTopLevel(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean inLiteral = false;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                inLiteral = !inLiteral;
            } else if (!inLiteral && c == '(') {
                depth++;
            } else if (!inLiteral && c == ')') {
                depth--;
            } else if (!inLiteral && depth == 0 && c == ',') {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts;
    }
}
