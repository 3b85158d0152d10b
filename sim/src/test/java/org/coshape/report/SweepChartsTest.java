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
        List<Map<String, String>> rows = SweepCharts.allRows(summary);
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
                () -> SweepCharts.allRows(summary));
        assertEquals("line 3: expected 7 cells, found 6", e.getMessage());
    }
}
