package io.wsmigrate.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** White space inside a type's spelling counts as one blank, whichever characters and however many. */
class ColumnTypeSpacingTest {
    @Test
    void runsOfWhiteSpaceAreOneBlank() {
        ColumnType expected = ColumnType.of("timestamp with time zone", 3);
        assertEquals(expected, ColumnType.parse("timestamp(3) with time zone"));
        assertEquals(expected, ColumnType.parse("  timestamp(3)  with\ttime\n zone "));
        assertEquals(expected, ColumnType.parse("TIMESTAMP(3)\u000Bwith\ftime\r\nzone"));
    }

    @Test
    void singleBlanksAndNoBlanksNeedNothing() {
        assertEquals(ColumnType.of("character varying", 10), ColumnType.parse("character varying(10)"));
        assertEquals(ColumnType.of("integer"), ColumnType.parse("int4"));
        assertEquals(ColumnType.of("numeric", 12, 2), ColumnType.parse("numeric(12, 2)"));
    }

    @Test
    void otherUnicodeSpacesAreKeptAsWritten() {
        // Only \s (ASCII white space) is folded, as before: an em space stays part of the name.
        assertEquals("foo\u2003bar", ColumnType.parse("foo\u2003bar").base());
    }
}
