package io.wsmigrate.entities;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.schema.ForeignKey;
import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.schema.ReferentialAction;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a {@code @ForeignKey(foreignKeyDefinition = "...")}: Hibernate writes that text verbatim
 * after {@code add constraint <name>}, so its columns, target and actions are what the database
 * gets, not the association's.
 */
final class ForeignKeyDefinition {
    private static final Pattern DEFINITION = Pattern.compile(
            "\\s*foreign\\s+key\\s*\\(([^)]*)\\)\\s*references\\s+([^\\s(]+)\\s*(?:\\(([^)]*)\\))?(.*)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final String ACTION = "(cascade|restrict|no\\s+action|set\\s+null|set\\s+default)";
    private static final Pattern ON_DELETE = Pattern.compile("on\\s+delete\\s+" + ACTION, Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_UPDATE = Pattern.compile("on\\s+update\\s+" + ACTION, Pattern.CASE_INSENSITIVE);

    private ForeignKeyDefinition() {
    }

    /**
     * @param mappedTarget the association's target table, whose primary key is meant when the
     *                     definition names that table without a column list
     */
    static ForeignKey parse(String name, String definition, QualifiedName mappedTarget,
                            List<String> mappedTargetKey, QualifiedName table) {
        Matcher matcher = DEFINITION.matcher(definition);
        if (!matcher.matches()) {
            throw unreadable(name, definition, table);
        }
        QualifiedName target = targetName(matcher.group(2));
        List<String> referenced;
        if (matcher.group(3) != null) {
            referenced = names(matcher.group(3));
        } else if (target.equals(mappedTarget)) {
            referenced = mappedTargetKey;
        } else {
            throw unreadable(name, definition, table);
        }
        String tail = matcher.group(4);
        return new ForeignKey(name, names(matcher.group(1)), target, referenced,
                action(ON_DELETE, tail), action(ON_UPDATE, tail));
    }

    /** What follows the referenced columns (actions, deferral), or null when the text is no definition. */
    static String tail(String definition) {
        if (definition == null) {
            return null;
        }
        Matcher matcher = DEFINITION.matcher(definition);
        return matcher.matches() ? matcher.group(4) : null;
    }

    private static QualifiedName targetName(String text) {
        int dot = text.indexOf('.');
        return dot < 0 ? QualifiedName.of(SqlNames.fromRendered(text))
                : new QualifiedName(SqlNames.fromRendered(text.substring(0, dot)),
                SqlNames.fromRendered(text.substring(dot + 1)));
    }

    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).map(SqlNames::fromRendered).toList();
    }

    private static ReferentialAction action(Pattern pattern, String tail) {
        Matcher matcher = pattern.matcher(tail);
        return matcher.find()
                ? ReferentialAction.parse(matcher.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " "))
                : ReferentialAction.NO_ACTION;
    }

    private static WsMigrateException unreadable(String name, String definition, QualifiedName table) {
        return new WsMigrateException(ExitCode.MODEL, "foreign key " + name + " of table " + table
                + " has the definition '" + definition + "' that ws-migrate cannot read; write it as"
                + " 'foreign key (a, b) references t (x, y) [on delete ...]'");
    }
}
