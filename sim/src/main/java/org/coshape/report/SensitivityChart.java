package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.experiment.MorrisAnalysis;
import org.coshape.experiment.SensitivityAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

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
        CategoryAxis names = new CategoryAxis(null);
        names.setMaximumCategoryLabelWidthRatio(0.45f); // whole dotted paths, not "popula..."
        CategoryPlot plot = new CategoryPlot(data, names, new NumberAxis("Sobol index"), renderer);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(
                "Sobol indices of " + metric + " (95% bootstrap CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }

    /**
     * Morris screening of one metric: each parameter at (mu*, sigma), named beside its point, with
     * a horizontal whisker over the bootstrap interval of mu*. Important parameters lie to the
     * right; those high above the diagonal act non-linearly or through interactions.
     */
    public static List<Path> morris(List<MorrisAnalysis.Row> rows, String metric, Path base, List<String> formats) {
        XYIntervalSeries points = new XYIntervalSeries("parameters");
        List<String> labels = new ArrayList<>();
        for (MorrisAnalysis.Row r : rows) {
            if (!r.metric().equals(metric) || Double.isNaN(r.muStar()) || Double.isNaN(r.sigma())) {
                continue;
            }
            points.add(r.muStar(), r.muStarLow(), r.muStarHigh(), r.sigma(), r.sigma(), r.sigma());
            labels.add(r.parameter());
        }
        if (points.getItemCount() == 0) {
            return new ArrayList<>();
        }
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(points);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawYError(false);
        renderer.setSeriesPaint(0, Palette.color(1));
        renderer.setErrorPaint(Color.GRAY);
        renderer.setDefaultItemLabelGenerator((ds, series, item) -> labels.get(item));
        renderer.setDefaultItemLabelsVisible(true);
        NumberAxis x = new NumberAxis("mu* (mean |elementary effect|, per unit of a parameter's range)");
        NumberAxis y = new NumberAxis("sigma (spread of the effects)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }
}
