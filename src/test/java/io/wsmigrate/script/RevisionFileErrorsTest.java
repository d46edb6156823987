package io.wsmigrate.script;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.revision.Revision;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static io.wsmigrate.script.Samples.map;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionFileErrorsTest {
    @TempDir
    Path dir;
    ScriptDirectory scripts;
    Path versions;

    @BeforeEach
    void createScriptsFolder() {
        scripts = ScriptDirectory.init(dir.resolve("migrations"));
        versions = dir.resolve("migrations/versions");
    }

    @Test
    void malformedYamlNamesFileLineAndColumn() throws Exception {
        Path file = hand("bad.yaml", "revision: ab12\ndown_revision: null\nmessage: broken: here\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(file + ":3:16: malformed YAML: mapping values are not allowed here;")
                .hasMessageNotContaining("\n")
                .satisfies(e -> assertThat(((WsMigrateException) e).exitCode()).isEqualTo(ExitCode.REVISION));
    }

    @Test
    void malformedYamlInsideTheChangesIsReportedByLoad() throws Exception {
        Path file = hand("bad.yaml", "revision: ab12\nupgrade:\n  - createTable:\n      tableName: [unclosed\n");

        assertThat(scripts.revisions()).extracting(r -> r.id()).containsExactly("ab12");
        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(file + ":5:1: malformed YAML: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence on line 4);")
                .hasMessageNotContaining("\n");
    }

    @Test
    void missingRevisionKeyIsNamed() throws Exception {
        Path file = hand("x.yaml", "# comment\ndown_revision: null\nupgrade: []\ndowngrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ": no `revision:` key; every revision file starts with `revision: <id>`"
                        + " (see the README of the scripts folder)");
    }

    @Test
    void revisionThatIsNotOneIdIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: [ab12, cd34]\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":1:11: revision must be a single id such as 3f2a9c1b7d0e, not a list");
    }

    @Test
    void emptyRevisionIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision:\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(file + ":1:10: revision is empty; write the revision id");
    }

    @Test
    void revisionIdsAreTakenAsWrittenEvenWhenYamlWouldReadANumber() throws Exception {
        hand("x.yaml", "revision: 0010\ndown_revision: 12e4567\nupgrade: []\n");

        assertThat(scripts.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.id()).isEqualTo("0010");
            assertThat(revision.downRevisions()).containsExactly("12e4567");
        });
    }

    @Test
    void downRevisionOfTheWrongTypeIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\ndown_revision: {a: b}\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":2:16: down_revision must be null (for a base), one revision id, or a list of ids"
                        + " (for a merge), not a map");
    }

    @Test
    void downRevisionListWithANestedListIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\ndown_revision:\n  - cd34\n  - [ef56]\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":4:5: down_revision must be null (for a base), one revision id, or a list of ids"
                        + " (for a merge); this item is a list");
    }

    @Test
    void misspelledKeyIsRejectedInsteadOfSilentlyIgnored() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\ndown_revison: cd34\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":2:1: unknown key 'down_revison'; the keys are revision, down_revision,"
                        + " branch_labels, depends_on, message, create_date, transactional, upgrade, downgrade");
    }

    @Test
    void duplicateKeyIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nrevision: cd34\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":2:1: duplicate key 'revision'; keep only one");
    }

    @Test
    void transactionalMustBeABoolean() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\ntransactional: sometimes\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":2:16: transactional must be true or false, not the text 'sometimes'");
    }

    @Test
    void entryWithTwoChangesIsRejectedWithItsLine() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nupgrade:\n  - dropTable: {tableName: a}\n"
                + "  - dropTable: {tableName: b}\n    dropView: {viewName: c}\n");

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":4:5: upgrade entry 2 must be a single-key map such as `createTable: {...}`, not"
                        + " a map with 2 keys (dropTable, dropView); start each change with its own `- `");
    }

    @Test
    void entryThatIsAPlainStringIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nupgrade: []\ndowngrade:\n  - dropTable\n");

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":4:5: downgrade entry 1 must be a single-key map such as `createTable: {...}`,"
                        + " not the text 'dropTable'");
    }

    @Test
    void changeWhoseAttributesAreNotAMapIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nupgrade:\n  - dropTable: offer\n");

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":3:16: upgrade entry 1 (dropTable) must map to the change's attributes, such as"
                        + " `dropTable: {...}`, not the text 'offer'");
    }

    @Test
    void changeListThatIsNotAListIsRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nupgrade:\n  createTable: {tableName: a}\n");

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":3:3: upgrade must be a list of changes (`- createTable: {...}`) or [], not a map");
    }

    @Test
    void typedValuesSuchAsBinaryAreRejected() throws Exception {
        Path file = hand("x.yaml", "revision: ab12\nupgrade:\n  - insert: {tableName: a, data: !!binary aGVsbG8=}\n");

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ":3:34: unsupported YAML tag tag:yaml.org,2002:binary;"
                        + " use plain strings, numbers, booleans, lists and maps");
    }

    @Test
    void twoFilesDeclaringOneRevisionAreBothNamed() throws Exception {
        Path first = hand("a_first.yaml", "revision: ab12\nupgrade: []\n");
        Path second = hand("b_second.yaml", "revision: ab12\nupgrade: []\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage("revision ab12 is declared by two files: " + first + " and " + second
                        + "; give one of them a new revision id or delete it");
    }

    @Test
    void emptyFileIsRejected() throws Exception {
        Path file = hand("x.yaml", "# only a comment\n");

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(file + ": the file is empty;");
    }

    @Test
    void fileThatIsNotUtf8IsRejected() throws Exception {
        Path file = versions.resolve("x.yaml");
        Files.write(file, "revision: ab12\nmessage: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> scripts.revisions())
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ": not valid UTF-8; save the file as UTF-8");
    }

    @Test
    void fileDeletedBetweenListingAndLoadingIsNamedAsMissing() throws Exception {
        Path file = versions.resolve("x.yaml");
        Files.writeString(file, "revision: ab12\nupgrade: []\n", StandardCharsets.UTF_8);
        scripts.revisions();
        Files.delete(file);

        assertThatThrownBy(() -> scripts.load("ab12"))
                .isInstanceOf(ScriptException.class)
                .hasMessage(file + ": cannot read the file: " + file + " does not exist");
    }

    @Test
    void replacementCharacterWrittenInUtf8IsText() throws Exception {
        Files.writeString(versions.resolve("x.yaml"), "revision: ab12\nmessage: odd \uFFFD sign\nupgrade: []\n",
                StandardCharsets.UTF_8);

        assertThat(scripts.revisions()).extracting(Revision::message).containsExactly("odd \uFFFD sign");
    }

    @Test
    void loadingAnUnknownRevisionSuggestsHistory() {
        assertThatThrownBy(() -> scripts.load("ffff"))
                .isInstanceOf(ScriptException.class)
                .hasMessage("no revision file in " + dir.resolve("migrations") + " declares revision ffff;"
                        + " run `ws-migrate history` to list the revisions");
    }

    @Test
    void writingAnExistingRevisionIdFailsAndLeavesTheFolderAsItWas() throws Exception {
        Path existing = scripts.write(Samples.revision("ab12"));
        NewRevisionFile again = new NewRevisionFile("ab12", List.of(), List.of(), List.of(), "other message",
                Samples.DATE, true, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> scripts.write(again))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot write revision ab12: " + existing + " already declares it; choose another revision id");
        assertThat(versionFiles()).containsExactly(existing.getFileName().toString());
    }

    @Test
    void writingAnEntryThatIsNotASingleKeyMapFailsAndWritesNothing() throws Exception {
        NewRevisionFile file = new NewRevisionFile("ab12", List.of(), List.of(), List.of(), "m", Samples.DATE, true,
                List.of(), List.of(map("dropTable", map("tableName", "a"), "dropView", map("viewName", "b"))), List.of());

        assertThatThrownBy(() -> scripts.write(file))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot write revision ab12: upgrade entry 1 must be a single-key map such as"
                        + " {createTable: {...}}, not a map with keys [dropTable, dropView]");
        assertThat(versionFiles()).isEmpty();
    }

    @Test
    void writingAValueYamlCannotHoldPlainlyFailsAndWritesNothing() throws Exception {
        NewRevisionFile file = new NewRevisionFile("ab12", List.of(), List.of(), List.of(), "m", Samples.DATE, true,
                List.of(), List.of(map("addColumn", map("tableName", "a", "columns",
                List.of(map("column", map("name", "at", "defaultValueDate", Samples.DATE)))))), List.of());

        assertThatThrownBy(() -> scripts.write(file))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot write revision ab12: upgrade entry 1 (addColumn) has a value of type"
                        + " java.time.Instant at addColumn.columns[0].column.defaultValueDate;"
                        + " use strings, integers, doubles, booleans, nulls, lists and maps");
        assertThat(versionFiles()).isEmpty();
    }

    @Test
    void writingAnIdThatIsNoSafeFileNameFails() {
        NewRevisionFile file = new NewRevisionFile("../escape", List.of(), List.of(), List.of(), "m", Samples.DATE,
                true, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> scripts.write(file))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith("cannot write revision '../escape': a revision id may hold only letters");
    }

    @Test
    void writingABlankBranchLabelFails() {
        NewRevisionFile file = new NewRevisionFile("ab12", List.of(), List.of("billing", " "), List.of(), "m",
                Samples.DATE, true, List.of(), List.of(), List.of());

        assertThatThrownBy(() -> scripts.write(file))
                .isInstanceOf(ScriptException.class)
                .hasMessage("cannot write revision ab12: branch_labels holds a blank value [billing,  ]");
    }

    @Test
    void writingNextToABrokenFileReportsTheBrokenFileAndWritesNothing() throws Exception {
        Path broken = hand("broken.yaml", "revision: [\n");

        assertThatThrownBy(() -> scripts.write(Samples.revision("ab12")))
                .isInstanceOf(ScriptException.class)
                .hasMessageStartingWith(broken + ":");
        assertThat(versionFiles()).containsExactly("broken.yaml");
    }

    private Path hand(String name, String text) throws Exception {
        return Files.writeString(versions.resolve(name), text);
    }

    /** Every file in versions/ except the .gitkeep, including hidden temp files that a failed write could leave. */
    private List<String> versionFiles() throws Exception {
        try (Stream<Path> files = Files.list(versions)) {
            return files.map(path -> path.getFileName().toString()).filter(name -> !name.equals(".gitkeep"))
                    .sorted().toList();
        }
    }
}
