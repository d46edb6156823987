package io.wsmigrate.entities;

import io.wsmigrate.schema.ColumnType;
import io.wsmigrate.schema.EnumType;
import io.wsmigrate.schema.QualifiedName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.AuxiliaryDatabaseObject;
import org.hibernate.boot.model.relational.SqlStringGenerationContext;
import org.hibernate.dialect.Dialect;

/**
 * The enum types Hibernate's DDL creates, read from the statements it would run: a named enum
 * ({@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)}, {@code NAMED_ORDINAL_ENUM}, {@code @JdbcType(PostgreSQLEnumJdbcType.class)},
 * or any mapping whose JDBC type adds one) registers an auxiliary database object holding
 * {@code create type Mood as enum ('A','B')} and the implicit casts to and from {@code varchar}.
 * The statements are the oracle: label order (sorted for {@code NAMED_ENUM}, ordinal for
 * {@code NAMED_ORDINAL_ENUM}) and casts are taken as written. A hand-written
 * {@code <database-object>} that creates an enum type counts the same way.
 */
final class EnumTypeReader {
    private static final Pattern CREATE_TYPE = Pattern.compile(
            "(?is)^\\s*create\\s+type\\s+(\\S+)\\s+as\\s+enum\\s*\\((.*)\\)\\s*;?\\s*$");
    private static final Pattern CREATE_CAST = Pattern.compile(
            "(?is)^\\s*create\\s+cast\\s*\\(\\s*(.+?)\\s+as\\s+(.+?)\\s*\\)\\s+with\\s+inout\\s+as\\s+implicit\\s*;?\\s*$");

    private EnumTypeReader() {
    }

    static List<EnumType> read(Metadata metadata, Dialect dialect, SqlStringGenerationContext context) {
        Map<QualifiedName, List<String>> labels = new LinkedHashMap<>();
        Set<List<String>> casts = new HashSet<>();
        for (AuxiliaryDatabaseObject object : metadata.getDatabase().getAuxiliaryDatabaseObjects()) {
            if (!object.appliesToDialect(dialect)) {
                continue;
            }
            for (String statement : object.sqlCreateStrings(context)) {
                Matcher type = CREATE_TYPE.matcher(statement);
                Matcher cast = CREATE_CAST.matcher(statement);
                if (type.matches()) {
                    labels.put(name(type.group(1)), literals(type.group(2), statement));
                } else if (cast.matches()) {
                    casts.add(List.of(cast.group(1).trim(), cast.group(2).trim()));
                }
            }
        }
        List<EnumType> types = new ArrayList<>();
        labels.forEach((name, values) -> types.add(new EnumType(name, values, castsOf(name, casts))));
        return types;
    }

    /** The types cast to and from {@code type} both ways, in PostgreSQL's spelling. */
    private static List<String> castsOf(QualifiedName type, Set<List<String>> casts) {
        List<String> types = new ArrayList<>();
        for (List<String> cast : casts) {
            if (name(cast.get(1)).equals(type) && !name(cast.get(0)).equals(type)
                    && casts.contains(List.of(cast.get(1), cast.get(0)))) {
                types.add(ColumnType.parse(cast.get(0)).sql());
            }
        }
        return types;
    }

    /** {@code Mood}, {@code "Mood"} or {@code schema.mood} as PostgreSQL stores it. */
    private static QualifiedName name(String written) {
        int dot = written.startsWith("\"") ? written.indexOf("\".") + 1 : written.indexOf('.');
        if (dot <= 0) {
            return QualifiedName.of(SqlNames.fromRendered(written));
        }
        return new QualifiedName(SqlNames.fromRendered(written.substring(0, dot)),
                SqlNames.fromRendered(written.substring(dot + 1)));
    }

    /** {@code 'A','B'} → [A, B]; quotes inside a label are doubled. */
    private static List<String> literals(String list, String statement) {
        List<String> values = new ArrayList<>();
        int i = 0;
        while (i < list.length()) {
            char c = list.charAt(i);
            if (c == '\'') {
                StringBuilder value = new StringBuilder();
                i++;
                while (i < list.length() && !(list.charAt(i) == '\'' && (i + 1 >= list.length() || list.charAt(i + 1) != '\''))) {
                    value.append(list.charAt(i));
                    i += list.charAt(i) == '\'' ? 2 : 1;
                }
                values.add(value.toString());
            } else if (c != ',' && !Character.isWhitespace(c)) {
                throw new IllegalArgumentException("cannot read the labels of '" + statement + "'");
            }
            i++;
        }
        return values;
    }
}
