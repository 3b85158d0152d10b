package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.coshape.experiment.MorrisAnalysis;
import org.junit.jupiter.api.Test;

/** Each parameter's name sits on its own point of the Morris chart. */
class SensitivityChartTest {

    /**
     * The rows come in parameter order with mu* falling; a series that sorted its items by mu*
     * named the smallest point after the first parameter, and the chart showed the least
     * influential parameter as the most (found on sensitivity.yaml: sigma's mu* of 0.475 drawn at
     * generations.turnover).
     */
    @Test
    void morrisNamesStayOnTheirPoints() {
        List<MorrisAnalysis.Row> rows = List.of(
                new MorrisAnalysis.Row("welfare", "a", 0.5, 0.5, 0.4, 0.6, 0.1, 10),
                new MorrisAnalysis.Row("welfare", "b", 0.2, 0.2, 0.1, 0.3, 0.2, 10),
                new MorrisAnalysis.Row("welfare", "c", 0.01, 0.01, 0.0, 0.02, 0.3, 10),
                new MorrisAnalysis.Row("trust", "a", 9, 9, 9, 9, 9, 10));
        SensitivityChart.MorrisPoints mp =
                SensitivityChart.morrisPoints(rows, "welfare", ChartStyle.plain(List.of("png")));
        assertEquals(List.of("a", "b", "c"), mp.labels());
        for (int j = 0; j < mp.labels().size(); j++) {
            MorrisAnalysis.Row r = rows.get(j);
            assertEquals(
                    r.muStar(),
                    mp.points().getX(j).doubleValue(),
                    0,
                    mp.labels().get(j));
            assertEquals(r.sigma(), mp.points().getYValue(j), 0, mp.labels().get(j));
        }
    }
}
