package io.wsmigrate.reliability;

import java.util.List;

/** What one in-process run of the command line left behind: its exit code and both streams. */
record CliResult(int exitCode, String out, String err) {

    /** The non-blank lines of stderr. */
    List<String> errLines() {
        return err.lines().filter(line -> !line.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- stdout:\n" + out + "--- stderr:\n" + err;
    }
}
