package io.wsmigrate.pgclient;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordFolderTest {
    @Test
    void theWriterOfAPasswordFileIsTheProcessItsNameGives() {
        assertThat(PasswordFolder.writerOf(PasswordFolder.fileName(7))).isEqualTo(ProcessHandle.current().pid());
        assertThat(PasswordFolder.writerOf("pgpass-123-4")).isEqualTo(123);
    }

    @Test
    void aFileNotNamedAsAPasswordFileHasNoWriter() {
        assertThat(new String[] {"pgpass-123-", "pgpass--4", "pgpass-12a-4", "pgpass-123-4x", "pgpass-123",
                "xpgpass-1-2", "pgpass-1-2-3", "pgpass-99999999999999999999-1", ".pgpass-1-2"})
                .allSatisfy(name -> assertThat(PasswordFolder.writerOf(name)).as(name).isEqualTo(-1));
    }
}
