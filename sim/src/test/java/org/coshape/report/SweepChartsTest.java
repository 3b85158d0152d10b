package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sweep charts read every point of summary.csv, including those whose swept value the file quotes. */
class SweepChartsTest {

    @Test
    void rowsWithQuotedVectorValuesAreRead() {
        List<String> summary = List.of(
                "run_id,policy,replicate,seed,group,population.groups[0].mean,ai.listening,welfare",
                "p0000-r000,sweep,0,11,all,\"[0.1,0.2]\",0.1,0.75",
                "p0000-r000,sweep,0,11,\"north, rural\",\"[0.1,0.2]\",0.1,0.7",
                "p0001-r000,sweep,0,11,all,\"[0.5,-0.5]\",0.1,0.5");
        List<Map<String, String>> rows = SweepCharts.allRows(summary, List.of("ai.listening"));
        assertEquals(2, rows.size(), "both points of the whole population, none dropped");
        assertEquals("[0.1,0.2]", rows.get(0).get("population.groups[0].mean"));
        assertEquals("0.75", rows.get(0).get("welfare"));
        assertEquals("[0.5,-0.5]", rows.get(1).get("population.groups[0].mean"));
    }

    @Test
    void aRowThatDoesNotFitTheHeaderIsNamedNotSkipped() {
        List<String> summary = List.of(
                "run_id,policy,replicate,seed,group,ai.listening,welfare",
                "p0000-r000,sweep,0,11,all,0.1,0.75",
                "p0001-r000,sweep,0,12,all,0.5");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SweepCharts.allRows(summary, List.of("ai.listening")));
        assertEquals("line 3: expected 7 cells, found 6", e.getMessage());
    }

    /**
     * A charted metric or a numeric swept value that is no number is damage named by line and
     * column: the metric's charts failed with the parser's words, and a parameter's charts were
     * silently left out when one of its points was no number.
     */
    @Test
    void aCellThatIsNoNumberIsNamedByLineAndColumn() {
        String header = "run_id,policy,replicate,seed,group,ai.listening,ai.regime,welfare";
        String first = "p0000-r000,sweep,0,11,all,0.1,mutual,0.75";
        for (String[] c : new String[][] {
            {"p0001-r000,sweep,0,12,all,0.5,mutual,abc", "line 3: column 'welfare': expected a number, found 'abc'"},
            {"p0001-r000,sweep,0,12,all,xyz,mutual,0.5", "line 3: column 'ai.listening': expected a number, found 'xyz'"}}) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SweepCharts.allRows(List.of(header, first, c[0]), List.of("ai.listening", "ai.regime")));
            assertEquals(c[1], e.getMessage());
            e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> SweepCharts.allRows(List.of(header, c[0], first), List.of("ai.listening", "ai.regime")));
            assertEquals(c[1].replace("line 3", "line 2"), e.getMessage(), "the damaged point first");
        }
        assertEquals(2, SweepCharts.allRows(List.of(header, first, "p0001-r000,sweep,0,12,all,0.5,pluralistic,NaN"),
                List.of("ai.listening", "ai.regime")).size(), "names and NaN are values, not damage");
    }
}
