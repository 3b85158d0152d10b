package org.coshape.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.GridLayout;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JFrame;
import javax.swing.JPanel;
import javax.swing.SwingUtilities;
import org.coshape.metrics.Metric;
import org.coshape.metrics.MetricLabels;
import org.coshape.metrics.TimeSeries;
import org.coshape.report.Palette;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartPanel;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Live time-series charts of key metrics per group, drawn with JFreeChart 1.5 in Swing panels
 * (MASON's own chart package targets JFreeChart 1.0 and is not used).
 */
final class LiveCharts {
    static final List<Metric> METRICS =
            List.of(Metric.WELFARE, Metric.INDUCED_DRIFT, Metric.VALUE_DRIFT, Metric.CONFORMITY_SHARE);
    final JFrame frame = new JFrame("coshape: metrics by group");
    private final List<XYSeriesCollection> data = new ArrayList<>();
    private int shown;

    LiveCharts() {
        JPanel panel = new JPanel(new GridLayout(2, 2));
        for (Metric m : METRICS) {
            XYSeriesCollection c = new XYSeriesCollection();
            data.add(c);
            JFreeChart chart = ChartFactory.createXYLineChart(
                    MetricLabels.of(m).name(),
                    "tick (day)",
                    MetricLabels.of(m).unit(), // the title names the metric; a long axis label was cut
                    c,
                    PlotOrientation.VERTICAL,
                    true,
                    false,
                    false);
            chart.setBackgroundPaint(Color.WHITE);
            chart.getXYPlot().setBackgroundPaint(Color.WHITE);
            chart.getXYPlot().setRenderer(new XYLineAndShapeRenderer(true, false));
            ChartPanel cp = new ChartPanel(chart);
            cp.setPreferredSize(new Dimension(360, 240));
            panel.add(cp);
        }
        frame.setContentPane(panel);
        frame.pack();
    }

    /** Starts over for a new model. */
    void reset(List<String> rows) {
        shown = 0;
        SwingUtilities.invokeLater(() -> {
            for (XYSeriesCollection c : data) {
                c.removeAllSeries();
                for (int r = 0; r < rows.size(); r++) {
                    c.addSeries(new XYSeries(rows.get(r)));
                }
            }
            for (int k = 0; k < METRICS.size(); k++) {
                XYLineAndShapeRenderer renderer = (XYLineAndShapeRenderer)
                        ((ChartPanel) frame.getContentPane().getComponent(k))
                                .getChart()
                                .getXYPlot()
                                .getRenderer();
                for (int r = 0; r < rows.size(); r++) {
                    renderer.setSeriesPaint(r, Palette.color(r));
                    renderer.setSeriesStroke(r, Palette.stroke(r));
                }
            }
        });
    }

    /** Adds the points recorded since the last call. */
    void update(TimeSeries series) {
        List<TimeSeries.Point> points =
                new ArrayList<>(series.points().subList(shown, series.points().size()));
        shown = series.points().size();
        if (points.isEmpty()) {
            return;
        }
        SwingUtilities.invokeLater(() -> {
            for (TimeSeries.Point p : points) {
                for (int k = 0; k < METRICS.size(); k++) {
                    XYSeriesCollection c = data.get(k);
                    for (int r = 0; r < c.getSeriesCount() && r < p.values().length; r++) {
                        double v = p.values()[r][METRICS.get(k).ordinal()];
                        if (!Double.isNaN(v)) {
                            c.getSeries(r).add((double) p.tick(), v);
                        }
                    }
                }
            }
        });
    }
}
