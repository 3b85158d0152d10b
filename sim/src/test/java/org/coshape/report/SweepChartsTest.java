package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Assertions;
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
        List<Map<String, String>> rows = SweepCharts.allRows(summary, Map.of());
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
        IllegalArgumentException e =
                Assertions.assertThrows(IllegalArgumentException.class, () -> SweepCharts.allRows(summary, Map.of()));
        assertEquals("line 3: expected 7 cells, found 6", e.getMessage());
    }

    /**
     * A charted metric that is no number, or a swept value other than the manifest's for its
     * run, is damage named by line and column: the metric's charts failed with the parser's
     * words, and a numeric parameter with one damaged point silently lost its charts.
     */
    @Test
    void aDamagedCellIsNamedByLineAndColumn() {
        String header = "run_id,policy,replicate,seed,group,ai.listening,ai.regime,welfare";
        String first = "p0000-r000,sweep,0,11,all,0.1,mutual,0.75";
        Map<String, Map<String, String>> recorded = Map.of(
                "p0000-r000", Map.of("ai.listening", "0.1", "ai.regime", "mutual"),
                "p0001-r000", Map.of("ai.listening", "0.5", "ai.regime", "mutual"));
        for (String[] c : new String[][] {
            {"p0001-r000,sweep,0,12,all,0.5,mutual,abc", "line 3: column 'welfare': expected a number, found 'abc'"},
            {
                "p0001-r000,sweep,0,12,all,xyz,mutual,0.5",
                "line 3: column 'ai.listening': found 'xyz' where the manifest" + " records 0.5 for run p0001-r000"
            }
        }) {
            IllegalArgumentException e = Assertions.assertThrows(
                    IllegalArgumentException.class, () -> SweepCharts.allRows(List.of(header, first, c[0]), recorded));
            assertEquals(c[1], e.getMessage());
        }
        assertEquals(
                2,
                SweepCharts.allRows(List.of(header, first, "p0001-r000,sweep,0,12,all,0.5,mutual,NaN"), recorded)
                        .size(),
                "NaN is a value, not damage");
    }

    /**
     * A sweep may list a number and a vector for the same key (ai.listening: 0.1 for every
     * assistant, or one value each): its rows are read, and the parameter is not charted as a
     * number, since not all its points are numbers.
     */
    @Test
    void aNumberAndAVectorForOneKeyAreBothValues() {
        List<String> summary = List.of(
                "run_id,policy,replicate,seed,group,ai.listening,welfare",
                "p0000-r000,sweep,0,11,all,0.1,0.75",
                "p0001-r000,sweep,0,12,all,\"[0.1,0.2,0.3,0.4]\",0.5");
        List<Map<String, String>> rows = SweepCharts.allRows(
                summary,
                Map.of(
                        "p0000-r000",
                        Map.of("ai.listening", "0.1"),
                        "p0001-r000",
                        Map.of("ai.listening", "[0.1,0.2,0.3,0.4]")));
        assertEquals(2, rows.size());
        Assertions.assertFalse(SweepCharts.numeric(rows, "ai.listening"));
    }

    /**
     * A grid over listening and regime: the chart against listening draws one line per regime
     * (averaging over the regime hid the interaction the study asks about), and each band stays
     * inside welfare's range [0, 1] however spread the replicates are.
     */
    @Test
    void aGridDrawsOneLinePerLevelOfTheOtherFactorWithBandsInRange() {
        List<String> summary =
                new ArrayList<>(List.of("run_id,policy,replicate,seed,group,ai.listening,ai.regime,welfare"));
        int point = 0;
        for (String regime : List.of("mutual", "configuration")) {
            for (double listening : new double[] {0.1, 0.5}) {
                double[] welfare =
                        regime.equals("mutual") ? new double[] {0.99, 0.999, 0.8} : new double[] {0.4, 0.5, 0.45};
                for (int r = 0; r < welfare.length; r++) {
                    summary.add(String.format(
                            Locale.ROOT,
                            "p%04d-r%03d,sweep,%d,1,all,%s,%s,%s",
                            point,
                            r,
                            r,
                            listening,
                            regime,
                            welfare[r] * (listening == 0.1 ? 1 : 0.99)));
                }
                point++;
            }
        }
        List<Map<String, String>> rows = SweepCharts.allRows(summary, Map.of());
        var ds = SweepCharts.lineData(
                rows,
                List.of("ai.listening", "ai.regime"),
                "ai.listening",
                "welfare",
                ChartStyle.plain(List.of("png")));
        assertEquals(2, ds.getSeriesCount(), "one line per regime");
        assertEquals("ai.regime = mutual", ds.getSeriesKey(0));
        for (int s = 0; s < ds.getSeriesCount(); s++) {
            for (int i = 0; i < ds.getItemCount(s); i++) {
                Assertions.assertTrue(
                        ds.getStartYValue(s, i) >= 0 && ds.getEndYValue(s, i) <= 1,
                        "band inside [0, 1]: " + ds.getEndYValue(s, i));
            }
        }
        Assertions.assertTrue(Interval.of(new double[] {0.99, 0.999, 0.8}).high() > 1, "a t band would leave it");
    }
}
