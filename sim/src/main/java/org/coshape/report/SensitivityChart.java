package org.coshape.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.experiment.MorrisAnalysis;
import org.coshape.experiment.SensitivityAnalysis;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYIntervalSeries;
import org.jfree.data.xy.XYIntervalSeriesCollection;

/**
 * Sensitivity charts of one metric. Sobol: a dot-and-whisker chart, one row per parameter (whole
 * dotted paths), first-order (circle) and total (square) index with whiskers over their bootstrap
 * 95% intervals, which need not be symmetric. Morris: each parameter at (mu*, sigma).
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

    /** Vertical offset of the first-order and total rows of one parameter. */
    private static final double OFFSET = 0.17;

    private SensitivityChart() {}

    public static List<Path> write(List<SensitivityAnalysis.Row> rows, String metric, Path base, ChartStyle style) {
        List<String> names = new ArrayList<>();
        XYIntervalSeries first = new XYIntervalSeries("first order S1, 95% CI", false, true);
        XYIntervalSeries total = new XYIntervalSeries("total ST, 95% CI", false, true);
        for (SensitivityAnalysis.Row r : rows) {
            if (!r.metric().equals(metric) || Double.isNaN(r.index().s1())) {
                continue;
            }
            double y = names.size();
            names.add(style.name(r.parameter()));
            first.add(
                    y + OFFSET,
                    y + OFFSET,
                    y + OFFSET,
                    r.index().s1(),
                    low(r.index().s1Low(), r.index().s1()),
                    high(r.index().s1High(), r.index().s1()));
            total.add(
                    y - OFFSET,
                    y - OFFSET,
                    y - OFFSET,
                    r.index().st(),
                    low(r.index().stLow(), r.index().st()),
                    high(r.index().stHigh(), r.index().st()));
        }
        if (names.isEmpty()) {
            return new ArrayList<>();
        }
        // x is the parameter's row, y the index; the plot turned horizontal puts rows down the side
        // and draws the y whiskers across
        XYIntervalSeriesCollection data = new XYIntervalSeriesCollection();
        data.addSeries(first);
        data.addSeries(total);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDrawYError(true);
        r.setDefaultLinesVisible(false);
        r.setErrorStroke(new BasicStroke(1.2f));
        r.setCapLength(5);
        r.setSeriesPaint(0, Palette.color(1));
        r.setSeriesPaint(1, Palette.color(2));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setSeriesShape(1, new Rectangle2D.Double(-3.5, -3.5, 7, 7));
        r.setErrorPaint(null); // whiskers in the series' colour
        SymbolAxis axis = new SymbolAxis(null, names.toArray(String[]::new));
        axis.setInverted(true); // the first parameter on top
        axis.setGridBandsVisible(false);
        NumberAxis index = new NumberAxis("Sobol index of " + style.metric(metric));
        XYPlot plot = new XYPlot(data, axis, index, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        plot.addRangeMarker(new ValueMarker(0, Color.GRAY, new BasicStroke(0.8f)));
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.write(chart, "Sobol indices of " + style.metric(metric), base);
    }

    private static double low(double low, double value) {
        return Double.isNaN(low) ? value : low;
    }

    private static double high(double high, double value) {
        return Double.isNaN(high) ? value : high;
    }

    /** A Morris chart's points, item j named by labels[j]. */
    record MorrisPoints(XYIntervalSeries points, List<String> labels) {}

    /**
     * The points of a Morris chart in the order they were added: the series must not sort them
     * by mu*, or the names, given by item index, would land on other parameters' points.
     */
    static MorrisPoints morrisPoints(List<MorrisAnalysis.Row> rows, String metric, ChartStyle style) {
        XYIntervalSeries points = new XYIntervalSeries("parameters", false, true);
        List<String> labels = new ArrayList<>();
        for (MorrisAnalysis.Row r : rows) {
            if (!r.metric().equals(metric) || Double.isNaN(r.muStar()) || Double.isNaN(r.sigma())) {
                continue;
            }
            points.add(r.muStar(), r.muStarLow(), r.muStarHigh(), r.sigma(), r.sigma(), r.sigma());
            labels.add(style.name(r.parameter()));
        }
        return new MorrisPoints(points, labels);
    }

    /**
     * Morris screening of one metric: each parameter at (mu*, sigma), named beside its point, with
     * a horizontal whisker over the bootstrap interval of mu*. Important parameters lie to the
     * right; those high above the diagonal act non-linearly or through interactions.
     */
    public static List<Path> morris(List<MorrisAnalysis.Row> rows, String metric, Path base, ChartStyle style) {
        MorrisPoints mp = morrisPoints(rows, metric, style);
        XYIntervalSeries points = mp.points();
        List<String> labels = mp.labels();
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
        renderer.setDefaultPositiveItemLabelPosition(
                new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT)); // right of the point
        renderer.setDefaultItemLabelFont(style.font(ChartStyle.TICK_FONT, Font.PLAIN));
        NumberAxis x = new NumberAxis("μ* of " + style.metric(metric) + " (mean |effect| per unit range)");
        x.setUpperMargin(0.3); // room for the names right of the points
        NumberAxis y = new NumberAxis("σ (spread of the effects)");
        XYPlot plot = new XYPlot(data, x, y, renderer);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return style.write(chart, "Morris screening of " + style.metric(metric), base);
    }
}
