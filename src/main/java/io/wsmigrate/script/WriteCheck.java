package io.wsmigrate.script;

import io.wsmigrate.ExitCode;
import io.wsmigrate.WsMigrateException;
import io.wsmigrate.revision.Revision;

import java.util.List;
import java.util.Map;

/**
 * Before a new file is written, its text is read back and compared with what was asked for: a
 * rendering slip (a string that YAML would read as a number, a lost line break) must never reach a
 * migration silently.
 */
final class WriteCheck {
    private WriteCheck() {
    }

    /** Ids and labels are read back as written, so a blank one could never be read. */
    static void requireNoBlankIds(NewRevisionFile file) {
        requireNoBlank(file.downRevisions(), HeaderReader.DOWN_REVISION, file.id());
        requireNoBlank(file.branchLabels(), HeaderReader.BRANCH_LABELS, file.id());
        requireNoBlank(file.dependsOn(), HeaderReader.DEPENDS_ON, file.id());
    }

    private static void requireNoBlank(List<String> values, String key, String id) {
        if (values.stream().anyMatch(String::isBlank)) {
            throw new ScriptException("cannot write revision " + id + ": " + key + " holds a blank value " + values);
        }
    }

    static void requireSame(NewRevisionFile wanted, List<Map<String, Object>> upgrade,
                            List<Map<String, Object>> downgrade, RevisionScript written) {
        Revision revision = written.revision();
        requireEqual(wanted.id(), revision.id(), "revision", wanted);
        requireEqual(wanted.downRevisions(), revision.downRevisions(), "down_revision", wanted);
        requireEqual(wanted.branchLabels(), revision.branchLabels(), "branch_labels", wanted);
        requireEqual(wanted.dependsOn(), revision.dependsOn(), "depends_on", wanted);
        requireEqual(wanted.message(), revision.message(), "message", wanted);
        requireEqual(wanted.transactional(), written.transactional(), "transactional", wanted);
        requireEqual(Checksums.canonical(upgrade), Checksums.canonical(written.upgrade()), "upgrade", wanted);
        requireEqual(Checksums.canonical(downgrade), Checksums.canonical(written.downgrade()), "downgrade", wanted);
    }

    private static void requireEqual(Object wanted, Object read, String key, NewRevisionFile file) {
        if (!wanted.equals(read)) {
            throw new WsMigrateException(ExitCode.INTERNAL, "revision " + file.id() + " was not written: its "
                    + key + " would not read back as given; please report this with --verbose output");
        }
    }
}
