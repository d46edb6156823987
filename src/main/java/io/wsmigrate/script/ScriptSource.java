package io.wsmigrate.script;

import java.util.List;

/** Finds and reads the revision files of one location. */
interface ScriptSource {
    /** Every revision file with its text, in file name order. */
    List<FileText> readAll();

    record FileText(ScriptFile file, String text) {
    }
}
