package io.wsmigrate.reliability;

import static io.wsmigrate.ExitCode.CONFIG;
import static io.wsmigrate.ExitCode.REVISION;
import static io.wsmigrate.ExitCode.USAGE;
import static io.wsmigrate.reliability.BadInput.commandLine;

import io.wsmigrate.testing.TestProject;
import java.util.List;
import java.util.function.Consumer;

/** Bad commands, options, arguments and revision targets. */
final class CommandLineCases {
    /** Two heads, a1 and ab2, on one base: prefixes "a" and "ab" are ambiguous. */
    private static final Consumer<TestProject> TWO_HEADS = s -> {
        s.tableRevision("0base", null, "t0");
        s.tableRevision("a1", "0base", "t1");
        s.tableRevision("ab2", "0base", "t2");
    };
    private static final Consumer<TestProject> ONE_LINE = s -> {
        s.tableRevision("a1", null, "t1");
        s.tableRevision("b2", "a1", "t2");
    };
    private static final Consumer<TestProject> AT_A1 = ONE_LINE.andThen(s -> s.runOk("upgrade", "a1"));

    private CommandLineCases() {
    }

    static List<BadInput> all() {
        return List.of(
                commandLine("unknown command").run("upgrayedd")
                        .fails(USAGE, "'upgrayedd'", "did you mean upgrade or downgrade", "ws-migrate --help"),
                commandLine("no command").run().fails(USAGE, "Missing a command"),
                commandLine("unknown option").run("upgrade", "head", "--fast")
                        .fails(USAGE, "Unknown option: '--fast'", "ws-migrate upgrade --help"),
                commandLine("unknown global option").run("--colour", "heads")
                        .fails(USAGE, "--colour"),
                commandLine("missing argument").run("upgrade")
                        .fails(USAGE, "Missing required parameter: 'TARGET'"),
                commandLine("extra argument").run("upgrade", "head", "b2")
                        .fails(USAGE, "'b2'"),
                commandLine("option without its value").run("upgrade", "head", "--lock-timeout")
                        .fails(USAGE, "--lock-timeout"),
                commandLine("missing required option").run("revision")
                        .fails(USAGE, "Missing required option", "--message"),
                commandLine("bad --lock-timeout").run("upgrade", "head", "--lock-timeout", "soon")
                        .fails(USAGE, "'soon' is not a duration"),
                commandLine("--lock-timeout too large for a number").run("upgrade", "head", "--lock-timeout",
                        "99999999999999999999s").fails(USAGE, "--lock-timeout", "99999999999999999999s"),
                commandLine("--lock-timeout too large for a duration").run("upgrade", "head", "--lock-timeout",
                        "9999999999999999h").fails(USAGE, "--lock-timeout", "9999999999999999h"),
                commandLine("bad --format").run("heads", "--format", "xml")
                        .fails(USAGE, "--format", "'xml'"),
                commandLine("--rename without =").run("check", "--rename", "customer")
                        .fails(USAGE, "--rename takes OLD=NEW", "'customer'"),
                commandLine("--rename with an empty side").run("check", "--rename", "=client")
                        .fails(USAGE, "--rename takes OLD=NEW", "'=client'"),
                commandLine("downgrade --sql without a range").given(ONE_LINE).run("downgrade", "--sql", "base")
                        .fails(USAGE, "downgrade --sql needs a range FROM:TO"),
                commandLine("unknown target").given(ONE_LINE).run("upgrade", "--sql", "nosuch")
                        .fails(REVISION, "no revision or branch label matches `nosuch`"),
                commandLine("empty target").given(ONE_LINE).run("upgrade", "--sql", " ")
                        .fails(REVISION, "empty revision target"),
                commandLine("ambiguous prefix").given(TWO_HEADS).run("upgrade", "--sql", "a")
                        .fails(REVISION, "`a` matches several revisions", "a1", "ab2"),
                commandLine("head with multiple heads").withDatabase().given(TWO_HEADS).run("upgrade", "head")
                        .fails(REVISION, "a1", "ab2", "heads"),
                commandLine("show with several revisions").given(TWO_HEADS).run("show", "heads")
                        .fails(REVISION, "show takes one"),
                commandLine("unknown branch label").given(ONE_LINE).run("upgrade", "--sql", "nolabel@head")
                        .fails(REVISION, "nolabel"),
                commandLine("relative move past base").withDatabase().given(AT_A1).run("downgrade", "-3")
                        .fails(REVISION, "-3", "goes too far"),
                commandLine("downgrade to a revision not applied").withDatabase().given(AT_A1)
                        .run("downgrade", "b2").fails(REVISION, "b2", "not applied"),
                commandLine("upgrade to a revision behind").withDatabase().given(ONE_LINE.andThen(
                        s -> s.runOk("upgrade", "head"))).run("upgrade", "a1").fails(REVISION, "a1"),
                commandLine("bad history range").given(ONE_LINE).run("history", "-r", "a1")
                        .fails(REVISION, "history range `a1`"),
                commandLine("stamp an unknown revision").withDatabase().given(ONE_LINE).run("stamp", "zz9")
                        .fails(REVISION, "zz9"),
                commandLine("revision id with bad characters").run("revision", "-m", "x", "--rev-id", "../evil")
                        .fails(REVISION, "'../evil'", "letters, digits"),
                commandLine("revision id too long for the version table").run("revision", "-m", "x", "--rev-id",
                        "a".repeat(65)).fails(REVISION, "at most 64 characters"),
                commandLine("branch label with a space").given(ONE_LINE).run("revision", "-m", "x", "--branch-label",
                        "a b").fails(REVISION, "branch label `a b`", "may not be empty or contain"),
                commandLine("branch label that is a keyword").given(ONE_LINE).run("revision", "-m", "x",
                        "--branch-label", "heads").fails(REVISION, "branch label `heads`", "reserved word"),
                commandLine("revision id taken").given(ONE_LINE).run("revision", "-m", "x", "--rev-id", "a1")
                        .fails(REVISION, "revision id a1 already exists"),
                commandLine("revision on a non-head").given(ONE_LINE).run("revision", "-m", "x", "--head", "a1")
                        .fails(REVISION, "a1 is not a head", "--splice"),
                commandLine("merge with one head").given(ONE_LINE).run("merge", "-m", "x", "heads")
                        .fails(REVISION, "a merge needs two or more revisions"),
                commandLine("init into a non-empty folder").run("init")
                        .fails(REVISION, "migrations", "is not empty"),
                commandLine("init where a file stands").given(s -> s.write("taken", "a file\n"))
                        .run("init", "{root}/taken").fails(REVISION, "cannot init", "taken", "Not a directory"),
                commandLine("create-table without a classpath").run("create-table")
                        .fails(CONFIG, "migrations.classpath is empty"));
    }
}
