package io.wsmigrate.pgclient;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PgDumpArgumentsTest {
    @Test
    void everySpellingOfTheDirectoryFormatIsRecognized() {
        for (List<String> arguments : List.of(List.of("-Fd"), List.of("-F", "d"), List.of("-Fdirectory"),
                List.of("--format=d"), List.of("--format", "directory"), List.of("-Fc", "-Fd"))) {
            assertThat(PgDumpArguments.directoryFormat(arguments)).as(arguments.toString()).isTrue();
        }
    }

    @Test
    void otherFormatsAreFiles() {
        for (List<String> arguments : List.<List<String>>of(List.of(), List.of("-Fc"), List.of("--format=plain"),
                List.of("-Fd", "-Ft"), List.of("--schema-only", "--table=d"))) {
            assertThat(PgDumpArguments.directoryFormat(arguments)).as(arguments.toString()).isFalse();
        }
    }

    @Test
    void outputFileArgumentsAreRecognized() {
        assertThat(PgDumpArguments.namesOutputFile(List.of("-f", "x"))).isTrue();
        assertThat(PgDumpArguments.namesOutputFile(List.of("-fx.sql"))).isTrue();
        assertThat(PgDumpArguments.namesOutputFile(List.of("--file", "x"))).isTrue();
        assertThat(PgDumpArguments.namesOutputFile(List.of("--file=x"))).isTrue();
        assertThat(PgDumpArguments.namesOutputFile(List.of("-Fc", "--filter=rules.txt", "--format=c"))).isFalse();
    }
}
