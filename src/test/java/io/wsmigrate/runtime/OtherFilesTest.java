package io.wsmigrate.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which entries read more than their revision file, and so are compiled on every run. */
class OtherFilesTest {
    @Test
    void entriesThatNameAFileOrAClassReadOtherFiles() {
        assertThat(OtherFiles.readBy(List.of(Map.of("sqlFile", Map.of("path", "a.sql"))))).isTrue();
        assertThat(OtherFiles.readBy(List.of(Map.of("loadData", Map.of("tableName", "t"))))).isTrue();
        assertThat(OtherFiles.readBy(List.of(Map.of("customChange", Map.of())))).isTrue();
        assertThat(OtherFiles.readBy(List.of(Map.of("createView",
                Map.of("viewName", "v", "path", "v.sql", "relativeToChangelogFile", true))))).isTrue();
        assertThat(OtherFiles.readBy(List.of(Map.of("insert", Map.of("tableName", "t",
                "columns", List.of(Map.of("column", Map.of("name", "doc", "valueClobFile", "doc.txt")))))))).isTrue();
    }

    @Test
    void entriesOfPlainAttributesReadNothingElse() {
        assertThat(OtherFiles.readBy(List.of(
                Map.of("sql", Map.of("sql", "CREATE TABLE file (path text)")),
                Map.of("createTable", Map.of("tableName", "t", "columns",
                        List.of(Map.of("column", Map.of("name", "path", "type", "text"))))),
                Map.of("insert", Map.of("tableName", "t", "columns",
                        List.of(Map.of("column", Map.of("name", "path", "value", "file.sql")))))))).isFalse();
        assertThat(OtherFiles.readBy(List.of())).isFalse();
    }
}
