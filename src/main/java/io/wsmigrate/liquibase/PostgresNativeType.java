package io.wsmigrate.liquibase;

import io.wsmigrate.schema.ColumnType;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import liquibase.change.core.LoadDataChange;
import liquibase.database.Database;
import liquibase.database.core.PostgresDatabase;
import liquibase.datatype.DataTypeFactory;
import liquibase.datatype.DataTypeInfo;
import liquibase.datatype.DatabaseDataType;
import liquibase.datatype.LiquibaseDataType;

/**
 * Passes PostgreSQL's own type spellings through where Liquibase's type translation would change
 * them: {@code character varying(20)[]} (Liquibase writes {@code CHARACTER VARYING[](20)}),
 * {@code double precision[]} (the array is dropped), {@code money} (becomes {@code DECIMAL}),
 * {@code "char"} (becomes {@code CHAR}), {@code interval second(3)}, quoted type names. Every other
 * type keeps Liquibase's translation, so {@code datetime} or {@code clob} still work as in Liquibase.
 *
 * <p>Liquibase finds a type handler by a key derived from the type's name; {@link #prepare}
 * registers this handler, for {@link ExactPostgresDatabase} only, under the key of each spelling
 * that needs it. Public because Liquibase instantiates handlers reflectively.
 */
@DataTypeInfo(name = "ws-migrate-postgres-native", minParameters = 0, maxParameters = Integer.MAX_VALUE,
        priority = PostgresNativeType.PRIORITY)
public class PostgresNativeType extends LiquibaseDataType {
    static final int PRIORITY = 1000;
    private static final PostgresDatabase PLAIN = new PostgresDatabase();
    private static final Set<String> REGISTERED_KEYS = ConcurrentHashMap.newKeySet();
    private static final Map<String, Boolean> VERBATIM = new ConcurrentHashMap<>();

    private LiquibaseDataType delegate;

    public PostgresNativeType() {
    }

    private PostgresNativeType(String registryKey) {
        super(registryKey, 0, Integer.MAX_VALUE);
    }

    /** Makes sure {@code definition} reaches PostgreSQL unchanged when Liquibase would rewrite it. */
    static void prepare(String definition) {
        if (definition == null || !isVerbatim(definition)) {
            return;
        }
        String key = registryKey(definition);
        if (REGISTERED_KEYS.add(key)) {
            synchronized (DataTypeFactory.class) {
                DataTypeFactory.getInstance().register(new PostgresNativeType(key));
            }
        }
    }

    @Override
    public int getPriority() {
        return PRIORITY;
    }

    @Override
    public boolean supports(Database database) {
        return database instanceof ExactPostgresDatabase;
    }

    /** Liquibase sets this from a {@code {autoIncrement:true}} suffix; the delegate reads it again. */
    public void setAutoIncrement(Boolean autoIncrement) {
        // the raw definition keeps the suffix, which is all the delegate needs
    }

    @Override
    public boolean isAutoIncrement() {
        return !verbatim() && delegate().isAutoIncrement();
    }

    @Override
    public DatabaseDataType toDatabaseDataType(Database database) {
        return verbatim() ? new DatabaseDataType(definition()) : delegate().toDatabaseDataType(database);
    }

    @Override
    public String objectToSql(Object value, Database database) {
        return verbatim() ? super.objectToSql(value, database) : delegate().objectToSql(value, database);
    }

    @Override
    public LoadDataChange.LOAD_DATA_TYPE getLoadTypeName() {
        return verbatim() ? LoadDataChange.LOAD_DATA_TYPE.STRING : delegate().getLoadTypeName();
    }

    private String definition() {
        return withoutBraces(getRawDefinition());
    }

    private boolean verbatim() {
        return isVerbatim(getRawDefinition());
    }

    /** What Liquibase itself makes of the definition, as if this handler did not exist. */
    private LiquibaseDataType delegate() {
        if (delegate == null) {
            delegate = DataTypeFactory.getInstance().fromDescription(getRawDefinition(), PLAIN);
        }
        return delegate;
    }

    /**
     * A spelling of PostgreSQL's own (an array, a quoted name, {@code money}, {@code interval ...})
     * that Liquibase's translation would turn into a different type.
     */
    static boolean isVerbatim(String rawDefinition) {
        String definition = withoutBraces(rawDefinition);
        // Once our handler is registered under a key, asking Liquibase what it "keeps" can find our
        // own handler: the answer would then depend on which spelling came first in this JVM.
        return VERBATIM.computeIfAbsent(definition,
                d -> isNative(d) && (REGISTERED_KEYS.contains(registryKey(d)) || !liquibaseKeeps(d)));
    }

    private static boolean isNative(String definition) {
        String lower = definition.toLowerCase(Locale.ROOT);
        return lower.endsWith("]") || lower.startsWith("\"") || lower.equals("money") || lower.startsWith("interval");
    }

    private static boolean liquibaseKeeps(String definition) {
        try {
            return ColumnType.parse(liquibaseSql(definition)).equals(ColumnType.parse(definition));
        } catch (RuntimeException unparseable) {
            return false;
        }
    }

    /** What Liquibase's own translation writes for {@code definition} on PostgreSQL. */
    static String liquibaseSql(String definition) {
        return DataTypeFactory.getInstance().fromDescription(definition, PLAIN).toDatabaseDataType(PLAIN).toSql();
    }

    static String withoutBraces(String definition) {
        int brace = definition.indexOf('{');
        return (brace < 0 ? definition : definition.substring(0, brace)).trim();
    }

    /** The key under which Liquibase's {@code DataTypeFactory.fromDescription} looks a definition up. */
    static String registryKey(String definition) {
        String name = definition;
        if (name.matches(".+\\(.*\\).*")) {
            name = name.replaceFirst("\\s*\\(.*\\)", "");
        }
        if (name.matches(".+\\{.*")) {
            name = name.replaceFirst("\\s*\\{.*", "");
        }
        if (name.toLowerCase(Locale.US).endsWith(" identity")) {
            name = name.toLowerCase(Locale.US).replaceFirst(" identity$", "");
        }
        if (name.startsWith("\"")) {
            int close = name.indexOf('"', 1);
            if (close != -1 && name.indexOf('"', close + 1) == -1) {
                name = name.substring(1, close) + name.substring(close + 1);
            }
        }
        String lower = name.toLowerCase(Locale.US);
        boolean keepsSpaces = lower.startsWith("bit varying") || lower.startsWith("character varying");
        if (!keepsSpaces) {
            name = name.trim().split("\\s+", 2)[0];
        }
        return name.toLowerCase(Locale.US);
    }
}
