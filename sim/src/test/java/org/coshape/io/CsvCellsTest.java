package org.coshape.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import java.util.SplittableRandom;
import org.coshape.results.ResultTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lines split as RFC 4180 reads them, and every cell the result files write reads back as written. */
class CsvCellsTest {

    @Test
    void plainQuotedAndEmptyCells() {
        assertArrayEquals(new String[] {"a", "b", "c"}, CsvCells.of("a,b,c"));
        assertArrayEquals(new String[] {"a", "b", ""}, CsvCells.of("a,b,"));
        assertArrayEquals(new String[] {"", ""}, CsvCells.of(","));
        assertArrayEquals(new String[] {""}, CsvCells.of(""));
        assertArrayEquals(new String[] {"r1", "[0.1,0.2]", "NaN"}, CsvCells.of("r1,\"[0.1,0.2]\",NaN"));
        assertArrayEquals(new String[] {"say \"hi\"", "2"}, CsvCells.of("\"say \"\"hi\"\"\",2"));
        assertArrayEquals(new String[] {" a ", " b "}, CsvCells.of(" a , b "), "spaces are kept; inputs trim");
    }

    /** What {@code ResultTables.csv} writes for a cell, this reads back, next to other cells. */
    @ParameterizedTest
    @ValueSource(strings = {"north, rural", "say \"hi\"", "\"", ",", "[0.1, -0.2]", "plain", "", " spaced "})
    void resultCellsRoundTrip(String cell) {
        String line = "r0," + ResultTables.csv(cell) + ",1.5";
        assertArrayEquals(new String[] {"r0", cell, "1.5"}, CsvCells.of(line));
    }

    @Test
    void anOpenQuoteIsBadInputNamingFileAndLine() {
        assertThrows(IllegalArgumentException.class, () -> CsvCells.of("a,\"open"));
        BadInput e = assertThrows(BadInput.class, () -> CsvCells.trimmed("people.csv", 7, "p1,\"g"));
        assertEquals("people.csv:7: malformed CSV line (Missing closing quote for value)", e.getMessage());
        assertArrayEquals(
                new String[] {"p1", "north, rural", "0.5"}, CsvCells.trimmed("x", 2, " p1 ,\"north, rural\", 0.5"));
    }

    /** Lines without quotes take a shortcut (split at commas); it agrees with the parser on any such line. */
    @Test
    void theShortcutForUnquotedLinesAgreesWithTheParser() throws Exception {
        ObjectReader parser = new CsvMapper().readerFor(String[].class);
        SplittableRandom r = new SplittableRandom(3);
        String alphabet = "ab ,,.-_0#\t;'";
        for (int t = 0; t < 2000; t++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + r.nextInt(30);
            for (int k = 0; k < len; k++) {
                b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            }
            String line = b.toString();
            String[] viaParser = parser.readValue(line);
            assertArrayEquals(viaParser, CsvCells.of(line), "'" + line + "'");
        }
    }
}
