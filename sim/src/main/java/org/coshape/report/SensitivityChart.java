package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.experiment.SensitivityAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * Bar chart of first-order and total Sobol indices per parameter for one metric, with whiskers
 * spanning the bootstrap 95% interval (drawn symmetric at its half-width).
 */
public final class SensitivityChart {
    /** The metrics whose Sobol indices a sweep charts. */
    public static final List<String> METRICS = List.of(
            "welfare",
            "value_drift",
            "induced_drift",
            "alignment_gap",
            "conformity_share",
            "manufactured_satisfaction",
            "polarization");

    private SensitivityChart() {}

    public static List<Path> write(List<SensitivityAnalysis.Row> rows, String metric, Path base, List<String> formats) {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (SensitivityAnalysis.Row r : rows) {
            if (!r.metric().equals(metric) || Double.isNaN(r.index().s1())) {
                continue;
            }
            data.add(r.index().s1(), (r.index().s1High() - r.index().s1Low()) / 2, "first order (S1)", r.parameter());
            data.add(r.index().st(), (r.index().stHigh() - r.index().stLow()) / 2, "total (ST)", r.parameter());
        }
        if (data.getColumnCount() == 0) {
            return new ArrayList<>();
        }
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setSeriesPaint(0, Palette.color(1));
        renderer.setSeriesPaint(1, Palette.color(2));
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setShadowVisible(false);
        renderer.setBarPainter(new StandardBarPainter());
        CategoryPlot plot =
                new CategoryPlot(data, new CategoryAxis("parameter"), new NumberAxis("Sobol index"), renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(
                "Sobol indices of " + metric + " (95% bootstrap CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }
}
