package io.wsmigrate.liquibase;

import io.wsmigrate.schema.QualifiedName;
import io.wsmigrate.sql.SqlStatements;
import java.io.FileNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import liquibase.change.AbstractSQLChange;
import liquibase.change.Change;
import liquibase.change.ChangeFactory;
import liquibase.change.DbmsTargetedChange;
import liquibase.change.core.DropPrimaryKeyChange;
import liquibase.change.core.LoadUpdateDataChange;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.database.DatabaseList;
import liquibase.exception.ValidationErrors;
import liquibase.parser.core.ParsedNode;
import liquibase.parser.core.ParsedNodeException;
import liquibase.resource.CompositeResourceAccessor;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;
import liquibase.sql.Sql;
import liquibase.sqlgenerator.SqlGeneratorFactory;
import liquibase.statement.SqlStatement;

/**
 * Turns change entries into PostgreSQL statements with Liquibase, offline: the change is built
 * by Liquibase's {@link ChangeFactory}, loaded from the entry the way Liquibase's YAML changelog
 * parser loads it, validated, and its statements generated for PostgreSQL. We run the statements
 * ourselves, on our own connection and transaction. Not thread-safe: use one instance per thread.
 */
public final class ChangeSql {
    static final String CHANGE_TYPES_URL = "https://docs.liquibase.com/change-types/home.html";
    /** Attributes that hold a column type, which may need {@link PostgresNativeType}. */
    private static final Set<String> TYPE_ATTRIBUTES =
            Set.of("type", "columnDataType", "newDataType", "finalColumnType", "newColumnDataType");
    /** Only these can hold statements PostgreSQL refuses in a transaction block. */
    private static final Set<String> FREE_SQL = Set.of("sql", "sqlFile");
    /** Change types that do something other than produce SQL for our connection. */
    private static final Map<String, String> REFUSED = Map.of(
            "executeCommand", "runs a program while its SQL is generated, even for a --sql preview;"
                    + " run the program outside the migration",
            "tagDatabase", "tags Liquibase's DATABASECHANGELOG table, which ws-migrate does not use;"
                    + " use a branch label on the revision",
            "output", "prints while SQL is generated, not when the revision runs;"
                    + " use a sql change with DO $$ BEGIN RAISE NOTICE '...'; END $$");

    /**
     * The most SQL one {@code sql} or {@code sqlFile} entry may hold. Liquibase's SQL parser grows
     * its token buffer 2048 characters at a time, so a long statement costs the square of its
     * length (a 4 MB literal ran for over a minute); 1 MiB takes well under a second.
     */
    static final int MAX_SQL = 1024 * 1024;

    /** Liquibase's changelog when no revision file is named: a file in the folder itself. */
    private static final String FOLDER_CHANGELOG = "revision.yaml";

    /** The common entries' SQL without Liquibase (see {@link #inEnvironment}). */
    private DirectChangeSql direct = new DirectChangeSql(DirectChangeSql.liquibaseSettingsPresent(Map.of()));

    /** Made on the first entry Liquibase compiles: an entry {@link DirectChangeSql} takes loads no Liquibase class. */
    private ExactPostgresDatabase database;
    private ResourceAccessor resources;
    private final Path folder;
    private final CustomChangeClasses customClasses;

    /** For entries that read no files ({@code sqlFile}, {@code loadData} need a folder). */
    public ChangeSql() {
        this.folder = null;
        this.customClasses = new CustomChangeClasses(List.of());
    }

    /** Files named by {@code sqlFile}, {@code loadData} or {@code createView path:} are read from {@code folder}. */
    public ChangeSql(Path folder) {
        this(folder, List.of());
    }

    /** Also loads the classes of {@code customChange} entries from {@code classpath} (migrations.classpath). */
    public ChangeSql(Path folder, List<Path> classpath) {
        this(folder, () -> classpath);
    }

    /** As above, the classpath worked out on the first {@code customChange} (expanding it may ask the build). */
    public ChangeSql(Path folder, Supplier<List<Path>> classpath) {
        this.customClasses = new CustomChangeClasses(classpath);
        if (!Files.isDirectory(folder)) {
            throw new ChangeException("folder " + folder + " does not exist; check the scripts folder in the settings");
        }
        this.folder = folder.toAbsolutePath().normalize();
    }

    private ResourceAccessor resources() {
        if (resources == null) {
            try {
                resources = folder == null ? new CompositeResourceAccessor() : new DirectoryResourceAccessor(folder);
            } catch (FileNotFoundException e) {
                throw new ChangeException("folder " + folder + " does not exist; check the scripts folder in the settings", e);
            }
        }
        return resources;
    }

    private ExactPostgresDatabase database() {
        if (database == null) {
            database = new ExactPostgresDatabase();
        }
        return database;
    }

    /**
     * This instance, told the process's environment: where it sets {@code LIQUIBASE_*} variables,
     * which Liquibase reads by itself, every entry goes to Liquibase. Without it, only
     * {@code liquibase.*} system properties are seen.
     */
    public ChangeSql inEnvironment(Map<String, String> environment) {
        direct = new DirectChangeSql(DirectChangeSql.liquibaseSettingsPresent(environment));
        return this;
    }

    /**
     * Whether compiling {@code entry} starts Liquibase: false for the common entries whose SQL is
     * written without it, so a caller can warm Liquibase up only when some entry needs it.
     */
    public boolean needsLiquibase(ChangeEntry entry) {
        return direct.sql(entry).isEmpty();
    }

    /**
     * The entry's statements when they are written without Liquibase, else empty. They are plain
     * ({@code CREATE TABLE}, {@code ALTER TABLE ... ADD CONSTRAINT}, a {@code sql} entry's one
     * statement...): no transaction control, nothing that must run outside a transaction block, so
     * a caller need not read them for either.
     */
    public Optional<List<String>> plainDdl(ChangeEntry entry) {
        return direct.sql(entry);
    }

    /** The statements of one entry, in order; none when the entry targets another database ({@code dbms}). */
    public List<String> sql(ChangeEntry entry) {
        return sql(entry, null);
    }

    /**
     * The statements of one entry of the revision file {@code revisionFile} (a path inside the
     * folder): with {@code relativeToChangelogFile: true}, files are read next to that revision file,
     * as Liquibase reads them next to a changelog.
     */
    public List<String> sql(ChangeEntry entry, String revisionFile) {
        Optional<List<String>> written = direct.sql(entry);
        return written.isPresent() ? written.get() : liquibaseSql(entry, revisionFile);
    }

    /** The statements as Liquibase generates them, whatever the entry. */
    List<String> liquibaseSql(ChangeEntry entry, String revisionFile) {
        return LiquibaseRuntime.call(resources(), customClasses.loaderFor(entry),
                () -> generate(entry, changelogPath(revisionFile)));
    }

    private String changelogPath(String revisionFile) {
        if (folder == null || revisionFile == null) {
            return FOLDER_CHANGELOG;
        }
        Path file = Path.of(revisionFile).toAbsolutePath().normalize();
        return file.startsWith(folder) ? folder.relativize(file).toString().replace('\\', '/') : FOLDER_CHANGELOG;
    }

    /** The statements of all entries; an error names the entry's position (1-based) and type. */
    public List<String> sql(List<ChangeEntry> entries) {
        List<String> statements = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            try {
                statements.addAll(sql(entries.get(i)));
            } catch (ChangeException e) {
                throw e.at("change " + (i + 1) + " (" + entries.get(i).type() + ")");
            }
        }
        return statements;
    }

    /**
     * True when the entry's statements cannot run inside a transaction block, such as
     * {@code CREATE INDEX CONCURRENTLY}: the runner must give them a transaction of their own.
     */
    public boolean requiresNoTransaction(ChangeEntry entry) {
        return FREE_SQL.contains(entry.type()) && sql(entry).stream().anyMatch(ChangeSql::statementRequiresNoTransaction);
    }

    /**
     * The transaction control statement ({@code COMMIT}, {@code ROLLBACK}, {@code BEGIN},
     * {@code SAVEPOINT}, {@code SET TRANSACTION}...) that {@code sql} holds, if any: a revision may
     * not hold one, since ws-migrate runs and records each revision in a transaction of its own.
     */
    public static Optional<String> transactionControl(String sql) {
        return TransactionControl.find(sql);
    }

    /**
     * True for {@code RESET ALL}, which puts back every setting of the session, those local to the
     * transaction too. Only a statement with the word in it is lexed: a run asks this of every
     * statement, between its round trips.
     */
    public static boolean resetsAllSettings(String statement) {
        if (!containsReset(statement)) {
            return false;
        }
        List<String> words = SqlStatements.words(statement);
        return words.size() >= 2 && words.get(0).equals("reset") && words.get(1).equals("all");
    }

    private static boolean containsReset(String statement) {
        for (int i = 0; i + 5 <= statement.length(); i++) {
            char c = statement.charAt(i);
            if ((c == 'r' || c == 'R') && statement.regionMatches(true, i, "reset", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** True for statements PostgreSQL (or Citus) refuses inside a transaction block. */
    public static boolean statementRequiresNoTransaction(String statement) {
        List<String> words = SqlStatements.words(statement);
        String first = words.isEmpty() ? "" : words.get(0);
        String second = words.size() < 2 ? "" : words.get(1);
        // REFRESH MATERIALIZED VIEW CONCURRENTLY is the one CONCURRENTLY allowed in a transaction block
        if (words.contains("concurrently") && !first.equals("refresh")) {
            return true;
        }
        // Citus refuses it in a transaction block, as PostgreSQL refuses CREATE INDEX CONCURRENTLY
        if (words.contains("create_distributed_table_concurrently")) {
            return true;
        }
        // a subscription's commands that make or drop its replication slot, or refresh it; taken as
        // such even where an option (create_slot = false, refresh = false) would allow a block
        boolean subscription = second.equals("subscription") && (first.equals("create") || first.equals("drop")
                || first.equals("alter") && words.contains("publication"));
        return first.equals("vacuum") || subscription
                || (first.equals("create") || first.equals("drop")) && (second.equals("database") || second.equals("tablespace"))
                || first.equals("alter") && second.equals("system")
                || first.equals("discard") && second.equals("all")
                || first.equals("reindex") && (second.equals("database") || second.equals("system"));
    }

    private List<String> generate(ChangeEntry entry, String changelogPath) {
        Change change = load(entry, changelogPath);
        try {
            return statements(entry, change);
        } catch (ChangeException e) {
            throw e;
        } catch (RuntimeException e) {
            // Liquibase trusts its input: an attribute left out can surface as a NullPointerException
            // anywhere, even in supports(), whose message means nothing to the author of the entry.
            String problem = e instanceof NullPointerException ? "Liquibase needs an attribute this entry does not"
                    + " set; check its attributes at " + CHANGE_TYPES_URL : oneLine(e.getMessage());
            throw new ChangeException("the " + entry.type() + " change cannot be turned into SQL: " + problem, e);
        }
    }

    private List<String> statements(ChangeEntry entry, Change change) {
        ExactPostgresDatabase database = database();
        if (change instanceof DbmsTargetedChange && ((DbmsTargetedChange) change).getDbms() != null
                && !DatabaseList.definitionMatches(((DbmsTargetedChange) change).getDbms(), database, true)) {
            return List.of();
        }
        if (!change.supports(database)) {
            throw new ChangeException("Liquibase's " + entry.type() + " change does not support PostgreSQL; use a sql change");
        }
        boolean ownSplitting = takeOverSplitting(change);
        ValidationErrors errors = change.validate(database);
        if (errors.hasErrors()) {
            throw new ChangeException("invalid " + entry.type() + " change: "
                    + oneLine(String.join("; ", errors.getErrorMessages())) + "; see " + CHANGE_TYPES_URL);
        }
        // after validation, which names a missing file as the author wrote it; before any parsing
        requireBoundedSql(entry, change);
        Optional<List<String>> own = ownSql(change);
        if (own.isPresent()) {
            return own.get();
        }
        List<String> statements = new ArrayList<>();
        SqlStatement[] generated = change.generateStatements(database);
        for (SqlStatement statement : generated == null ? new SqlStatement[0] : generated) {
            for (Sql sql : SqlGeneratorFactory.getInstance().generateSql(statement, database)) {
                statements.addAll(ownSplitting ? SqlStatements.split(sql.toSql()) : List.of(sql.toSql()));
            }
        }
        if (change instanceof LoadUpdateDataChange) {
            statements.replaceAll(ChangeSql::retaggedBlock);
        }
        return List.copyOf(statements);
    }

    private static final String UPSERT_OPEN = "DO\n$$\n";
    private static final String UPSERT_CLOSE = "\n$$\nLANGUAGE plpgsql;";

    /**
     * Liquibase writes each row of a {@code loadUpdateData} as {@code DO $$ ... $$}, its values
     * inside: a value holding {@code $$} ends the block early and the statement fails (the cut
     * block ends inside a quoted value, so it never compiles and nothing after it runs). Such a
     * block gets a tag its text does not hold.
     */
    static String retaggedBlock(String statement) {
        if (!statement.startsWith(UPSERT_OPEN) || !statement.endsWith(UPSERT_CLOSE)
                || statement.length() < UPSERT_OPEN.length() + UPSERT_CLOSE.length()) {
            return statement;
        }
        String body = statement.substring(UPSERT_OPEN.length(), statement.length() - UPSERT_CLOSE.length());
        if (!body.contains("$$")) {
            return statement;
        }
        String tag = DdlFragments.dollarTag(body);
        return "DO\n" + tag + "\n" + body + "\n" + tag + "\nLANGUAGE plpgsql;";
    }

    /**
     * A change whose PostgreSQL SQL Liquibase gets wrong, written here: a {@code dropPrimaryKey}
     * without its constraint name, which Liquibase, offline, looks up in a schema called "null".
     */
    private static Optional<List<String>> ownSql(Change change) {
        if (change instanceof DropPrimaryKeyChange drop && drop.getConstraintName() == null) {
            QualifiedName table = new QualifiedName(drop.getSchemaName(), drop.getTableName());
            return Optional.of(List.of(
                    DdlFragments.onConstraintByColumns(table, 'p', List.of(), "DROP CONSTRAINT %I")));
        }
        return Optional.empty();
    }

    private Change load(ChangeEntry entry, String changelogPath) {
        if (REFUSED.containsKey(entry.type())) {
            throw new ChangeException("the " + entry.type() + " change " + REFUSED.get(entry.type()));
        }
        ChangeFactory factory = LiquibaseRuntime.changeFactory();
        Change change = factory.create(entry.type());
        if (change == null) {
            throw new ChangeException("unknown change type '" + entry.type() + "'"
                    + ChangeTypes.suggestion(entry.type(), factory.getDefinedChanges())
                    + "; see the Liquibase change types at " + CHANGE_TYPES_URL);
        }
        prepareTypes(entry.attributes());
        try {
            ParsedNode node = new ParsedNode(null, entry.type());
            node.setValue(entry.attributes());
            change.load(node, resources());
            if (change instanceof LoadUpdateDataChange upsert && upsert.getPrimaryKey() != null) {
                // Liquibase splits "code, lang" into "code" and " lang", which the exact quoting here
                // makes a column named " lang"
                upsert.setPrimaryKey(Arrays.stream(upsert.getPrimaryKey().split(",")).map(String::strip)
                        .collect(Collectors.joining(",")));
            }
            change.setResourceAccessor(resources());
            if (entry.attributes().containsKey("relativeToChangelogFile")) {
                // Liquibase finds the file's folder through the change's changeSet, which we otherwise don't use
                change.setChangeSet(new ChangeSet(new DatabaseChangeLog(changelogPath)));
            }
        } catch (ParsedNodeException | RuntimeException e) {
            String explained = customClasses.explain(entry, e);
            throw new ChangeException(explained != null ? explained
                    : "cannot read the " + entry.type() + " change: " + oneLine(e.getMessage()), e);
        }
        AttributeChecker.check(entry, change, factory);
        return change;
    }

    private static void requireBoundedSql(ChangeEntry entry, Change change) {
        if (change instanceof AbstractSQLChange sqlChange) {
            String sql = sqlChange.getSql();
            if (sql != null && sql.length() > MAX_SQL) {
                throw new ChangeException("the " + entry.type() + " change holds " + sql.length() + " characters of"
                        + " SQL; ws-migrate takes at most " + MAX_SQL + " per entry (Liquibase's SQL parser slows"
                        + " down with the square of a longer one): split it into several entries, or load bulk data"
                        + " with loadData from a CSV file");
            }
        }
    }

    /**
     * Liquibase splits {@code sql} at every semicolon it sees outside quotes, including those of a
     * dollar-quoted function body ({@code $$ BEGIN ... END; $$}). Unless the entry sets its own
     * {@code endDelimiter} or turns splitting off, we split instead, the way psql does.
     */
    private static boolean takeOverSplitting(Change change) {
        if (!(change instanceof AbstractSQLChange)) {
            return false;
        }
        AbstractSQLChange sqlChange = (AbstractSQLChange) change;
        if (sqlChange.getEndDelimiter() != null || Boolean.FALSE.equals(sqlChange.isSplitStatements())) {
            return false;
        }
        sqlChange.setSplitStatements(false);
        return true;
    }

    /**
     * Liquibase's messages as one line; its hint about a {@code searchPath} parameter does not apply
     * here (files are read from the scripts folder).
     */
    static String oneLine(String message) {
        if (message == null) {
            return "no details";
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.contains("'searchPath'"))
                .collect(Collectors.joining(" ")).replaceAll(":$", "");
    }

    private static void prepareTypes(Object value) {
        if (value instanceof Map) {
            ((Map<?, ?>) value).forEach((key, nested) -> {
                if (TYPE_ATTRIBUTES.contains(key) && nested instanceof String) {
                    PostgresNativeType.prepare((String) nested);
                } else {
                    prepareTypes(nested);
                }
            });
        } else if (value instanceof List) {
            ((List<?>) value).forEach(ChangeSql::prepareTypes);
        }
    }
}
