package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wsmigrate.WsMigrateException;
import io.wsmigrate.command.LintCommands;
import io.wsmigrate.command.MigrationCommands;
import io.wsmigrate.command.Project;
import io.wsmigrate.command.ProjectParts;
import io.wsmigrate.config.DatabaseSettings;
import io.wsmigrate.liquibase.ChangeSql;
import io.wsmigrate.revision.RevisionMap;
import io.wsmigrate.revision.Step;
import io.wsmigrate.speed.CacheLine;
import io.wsmigrate.speed.ChecksumCache;
import io.wsmigrate.speed.CompiledStepCache;
import io.wsmigrate.speed.CompilerIdentity;
import io.wsmigrate.speed.StepSql;
import io.wsmigrate.testing.DropsDatabases;
import io.wsmigrate.testing.TestProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiled steps remembered between runs ({@link CompiledStepCache}): a warm cache gives exactly
 * what compiling gives, online, offline and in the database, and never serves SQL of another text,
 * another build or another file. Runs against a real PostgreSQL, one fresh database per run.
 */
@ExtendWith(DropsDatabases.class)
class CompiledStepCacheTest {
    private static final Optional<CompilerIdentity> BUILD_1 = Optional.of(CompilerIdentity.of("test build 1"));
    private static final Optional<CompilerIdentity> BUILD_2 = Optional.of(CompilerIdentity.of("test build 2"));

    @TempDir
    Path dir;
    TestProject project;
    Path cacheFolder;
    final AtomicInteger liquibaseStarts = new AtomicInteger();

    @BeforeEach
    void writeRevisions() {
        project = TestProject.create(dir);
        cacheFolder = dir.resolve(".ws-migrate/cache");
        CacheFixtures.writeRevisions(project);
    }

    @Test
    void aWarmCacheGivesTheSameStepsAndTheSameDatabaseAsCompiling() {
        List<CompiledStep> withoutCache = compileUpAndDown(Optional.empty());
        List<String> databaseWithoutCache = upgradeFreshDatabase(Optional.empty());
        List<CompiledStep> cold = compileUpAndDown(BUILD_1);
        liquibaseStarts.set(0);

        List<CompiledStep> warm = compileUpAndDown(BUILD_1);
        List<String> warmDatabase = upgradeFreshDatabase(BUILD_1);

        assertThat(liquibaseStarts).as("every step came from the cache").hasValue(0);
        assertThat(warm).isEqualTo(cold).isEqualTo(withoutCache);
        assertThat(warmDatabase).isEqualTo(databaseWithoutCache);
        assertThat(warmDatabase).anyMatch(line -> line.contains("offer_price_idx"))
                .anyMatch(line -> line.startsWith("version d4 true"));
    }

    @Test
    void withEverythingCachedNeitherLiquibaseNorTheYamlParserIsUsed() throws IOException {
        compileUpAndDown(BUILD_1);
        Files.delete(cacheFolder.resolve(ChecksumCache.FILE_NAME)); // parsing a file writes it again
        liquibaseStarts.set(0);

        List<String> database = upgradeFreshDatabase(BUILD_1);

        assertThat(liquibaseStarts).hasValue(0);
        assertThat(filesIn(cacheFolder)).singleElement().matches(file -> file.getFileName().toString()
                .startsWith(CompiledStepCache.FILE_PREFIX));
        assertThat(database).anyMatch(line -> line.startsWith("version d4 true"));
    }

    @Test
    void offlineSqlAndLintAreTheSameWithAndWithoutAWarmCache() {
        String upgrade = offline(Optional.empty(), c -> c.upgradeSql("head"));
        String downgrade = offline(Optional.empty(), c -> c.downgradeSql("head:base"));
        LintCommands.Report lint = lint(Optional.empty());
        offline(BUILD_1, c -> c.upgradeSql("head") + c.downgradeSql("head:base"));
        liquibaseStarts.set(0);

        assertThat(offline(BUILD_1, c -> c.upgradeSql("head"))).isEqualTo(upgrade).contains("offer_touch");
        assertThat(offline(BUILD_1, c -> c.downgradeSql("head:base"))).isEqualTo(downgrade);
        assertThat(lint(BUILD_1)).isEqualTo(lint);
    }

    @Test
    void anEditedRevisionFileIsCompiledAgain() throws IOException {
        compileUpAndDown(BUILD_1);
        Path b2 = project.versions().resolve("b2_add_a_trigger_function.yaml");
        Files.writeString(b2, Files.readString(b2).replace("trim(NEW.name)", "upper(trim(NEW.name))"));

        List<CompiledStep> warm = compileUpAndDown(BUILD_1);

        assertThat(warm).isEqualTo(compileUpAndDown(Optional.empty()));
        assertThat(statementsOf(warm, "b2")).anyMatch(sql -> sql.contains("upper(trim(NEW.name))"));
    }

    @Test
    void anotherBuildIgnoresTheEntriesOfTheLastAndRemovesTheirFile() throws IOException {
        List<CompiledStep> compiled = compileUpAndDown(Optional.empty());
        compileUpAndDown(BUILD_1);
        Path build1File = single(filesIn(cacheFolder), CompiledStepCache.FILE_PREFIX);
        forgeEntries(build1File, compiled);
        assertThat(statementsOf(compileUpAndDown(BUILD_1), "a1")).as("build 1 reads its own entries")
                .containsExactly("SELECT 'forged'");

        List<CompiledStep> otherBuild = compileUpAndDown(BUILD_2);

        assertThat(otherBuild).isEqualTo(compiled);
        assertThat(filesIn(cacheFolder)).doesNotContain(build1File)
                .anyMatch(file -> file.getFileName().toString().startsWith(CompiledStepCache.FILE_PREFIX));
    }

    @Test
    void aCorruptCacheFileIsIgnoredAndThenRepaired() throws IOException {
        List<CompiledStep> compiled = compileUpAndDown(Optional.empty());
        compileUpAndDown(BUILD_1);
        Path file = single(filesIn(cacheFolder), CompiledStepCache.FILE_PREFIX);
        List<String> lines = Files.readAllLines(file);
        String cutShort = lines.get(0).substring(0, lines.get(0).lastIndexOf(' '));
        Files.write(file, ("garbage\n" + cutShort + "\n\u0000\u00ff\u00fe not ASCII\n"
                + lines.get(1).replace(' ', '\t') + "\n").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        liquibaseStarts.set(0);

        assertThat(compileUpAndDown(BUILD_1)).isEqualTo(compiled);
        assertThat(liquibaseStarts).as("nothing was taken from the damaged file").hasValue(1);
        liquibaseStarts.set(0);
        assertThat(compileUpAndDown(BUILD_1)).isEqualTo(compiled);
        assertThat(liquibaseStarts).as("the entries compiled again were remembered").hasValue(0);
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyMeansCompilingOnEveryRun() throws IOException {
        Files.createDirectories(cacheFolder.getParent());
        Files.writeString(cacheFolder, "a file where the cache folder would be");

        List<String> first = upgradeFreshDatabase(BUILD_1);
        List<String> second = upgradeFreshDatabase(BUILD_1);

        assertThat(second).isEqualTo(first).anyMatch(line -> line.startsWith("version d4 true"));
        assertThat(liquibaseStarts).hasValue(2);
        assertThat(Files.readString(cacheFolder)).isEqualTo("a file where the cache folder would be");
    }

    @Test
    void aSqlFileRevisionIsCompiledOnEveryRunAndSeesTheEditedFile() throws IOException {
        CacheFixtures.writeSqlFileRevision(project, "CREATE TABLE audit (id int)");
        compileUpAndDown(BUILD_1);
        Files.writeString(project.scriptsFolder().resolve("e5.sql"), "CREATE TABLE audit (id int, at timestamptz)");
        liquibaseStarts.set(0);

        List<CompiledStep> warm = compileUpAndDown(BUILD_1);

        assertThat(liquibaseStarts).hasValue(1);
        assertThat(statementsOf(warm, "e5")).containsExactly("CREATE TABLE audit (id int, at timestamptz)");
        assertThat(warm).isEqualTo(compileUpAndDown(Optional.empty()));
        assertThat(upgradeFreshDatabase(BUILD_1)).contains("column audit.at timestamp with time zone YES null NO");
    }

    @Test
    void aBadEntryIsNeverRememberedAndStillStopsTheRunBeforeTheFirstRevision() throws IOException {
        compileUpAndDown(BUILD_1);
        CacheFixtures.writeNonTransactionalIndexInATransaction(project);
        DatabaseSettings database = TestProject.freshDatabase();

        for (int run = 0; run < 2; run++) {
            try (Project p = open(database, BUILD_1)) {
                assertThatThrownBy(() -> new MigrationCommands(p).upgrade("head", MigrationOptions.defaults(),
                        MigrationListener.NONE)).isInstanceOf(WsMigrateException.class)
                        .hasMessageContaining("e5_").hasMessageContaining("cannot run inside a transaction block");
            }
            assertThat(snapshot(database)).noneMatch(line -> line.startsWith("version"))
                    .noneMatch(line -> line.contains("offer"));
        }
        Path file = single(filesIn(cacheFolder), CompiledStepCache.FILE_PREFIX);
        assertThat(Files.readAllLines(file)).hasSize(8); // a1..d4, up and down; nothing of e5
    }

    // --- helpers

    private Project open(DatabaseSettings database, Optional<CompilerIdentity> identity) {
        return new Project(project.settings().withDatabase(database), Map.of(),
                Clock.fixed(TestProject.DATE, ZoneOffset.UTC), identity);
    }

    private StepCompiler compiler(Project p) {
        return new StepCompiler(ProjectParts.scripts(p), () -> ProjectParts.compiledSteps(p), () -> {
            liquibaseStarts.incrementAndGet();
            return new ChangeSql(project.scriptsFolder());
        });
    }

    /** Every upgrade step from base to head, then every downgrade step back, as one run compiles them. */
    private List<CompiledStep> compileUpAndDown(Optional<CompilerIdentity> identity) {
        try (Project p = open(project.database(), identity)) {
            RevisionMap map = ProjectParts.revisions(p);
            List<Step> steps = new ArrayList<>(map.upgradePlan(Set.of(), "head"));
            steps.addAll(map.downgradePlan(map.heads(), "base"));
            return compiler(p).compile(steps);
        }
    }

    /** Upgrades a new database to head with a compiler of {@code identity}; returns what it then holds. */
    private List<String> upgradeFreshDatabase(Optional<CompilerIdentity> identity) {
        DatabaseSettings database = TestProject.freshDatabase();
        try (Project p = open(database, identity)) {
            RevisionMap map = ProjectParts.revisions(p);
            StateCheck check = new StateCheck(map, ProjectParts.versionTable(p).name().toString(), "migrations", id -> null);
            new Migrator(ProjectParts.connection(p), ProjectParts.versionTable(p), map, compiler(p), check, MigrationOptions.defaults(),
                    MigrationListener.NONE).upgrade("head");
        }
        return snapshot(database);
    }

    private List<String> snapshot(DatabaseSettings database) {
        try (Connection c = io.wsmigrate.testing.TestPostgres.connect(database)) {
            return CacheFixtures.snapshot(c, project.versionTable());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String offline(Optional<CompilerIdentity> identity, java.util.function.Function<MigrationCommands, String> sql) {
        try (Project p = open(project.database(), identity)) {
            return sql.apply(new MigrationCommands(p));
        }
    }

    private LintCommands.Report lint(Optional<CompilerIdentity> identity) {
        try (Project p = open(project.database(), identity)) {
            return new LintCommands(p).lint(null, Set.of());
        }
    }

    /** Rewrites the cache file with the same keys but other SQL: what would show if it were read. */
    private static void forgeEntries(Path file, List<CompiledStep> compiled) throws IOException {
        List<String> forged = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            CacheLine.Entry entry = CacheLine.parse(line).orElseThrow();
            StepSql sql = new StepSql(List.of("SELECT 'forged'"), entry.sql().transactional(), entry.sql().checksum());
            forged.add(CacheLine.format(new CacheLine.Entry(entry.textHash(), entry.direction(), sql)).orElseThrow());
        }
        assertThat(forged).hasSize(compiled.size());
        Files.write(file, forged);
    }

    private static List<String> statementsOf(List<CompiledStep> steps, String id) {
        return steps.stream().filter(step -> step.revisionId().equals(id)).findFirst().orElseThrow().statements();
    }

    /** The cache files in {@code folder}; not its {@code .gitignore}. */
    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> !file.getFileName().toString().equals(".gitignore")).sorted().toList();
        }
    }

    private static Path single(List<Path> files, String prefix) {
        List<Path> matching = files.stream().filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }
}
