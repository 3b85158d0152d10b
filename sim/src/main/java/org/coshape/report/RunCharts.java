package org.coshape.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.results.Numbers;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * Line charts of a run's key metrics over time, one line per group (and the whole population),
 * averaged over replicates when there are several. They plot the values as timeseries.csv holds
 * them (10 significant digits), so that {@code report} redraws the same charts from the file.
 */
public final class RunCharts {
    /** The metrics charted after every run (each only when the run defines it at some tick). */
    public static final List<Metric> KEY_METRICS = List.of(
            Metric.ALIGNMENT_GAP,
            Metric.OWN_VALUE_GAP,
            Metric.VALUE_DRIFT,
            Metric.LINEAGE_DRIFT,
            Metric.WELFARE,
            Metric.SATISFACTION,
            Metric.SATISFACTION_GAP,
            Metric.TRUST,
            Metric.DIVERSITY,
            Metric.POLARIZATION,
            Metric.BIMODALITY,
            Metric.EFFECTIVE_CLUSTERS,
            Metric.OUTPUT_PLURALISM,
            Metric.MOVEMENT_AI,
            Metric.MOVEMENT_SOCIAL,
            Metric.MOVEMENT_TURNOVER,
            Metric.INDUCED_DRIFT,
            Metric.MANUFACTURED_SATISFACTION,
            Metric.CONFORMITY_SHARE,
            Metric.DESIGNER_DOMINANCE);

    /** The assistant quantity charted per assistant after every run. */
    public static final String LISTENING = "listening";

    private RunCharts() {}

    /**
     * The key metrics' charts of runs given by their time series (from memory after the runs,
     * or read back from {@code timeseries.csv} by {@code report}); the scenario's
     * {@code charts.metrics} instead when it names some.
     */
    public static List<Path> write(List<TimeSeries> runs, Path chartsDir, ChartStyle style) {
        List<Path> files = new ArrayList<>();
        if (runs.isEmpty() || style.none()) {
            return files;
        }
        List<String> keys = style.metrics(KEY_METRICS.stream().map(Metric::key).toList());
        for (String key : keys) {
            Metric m = Metric.byKey(key);
            if (defined(runs, m)) {
                String title = style.metric(key) + (runs.size() > 1 ? " (mean of " + runs.size() + " runs)" : "");
                files.addAll(style.write(chart(runs, m, style), title, chartsDir.resolve(key)));
            }
        }
        if (!runs.get(0).assistantPoints().isEmpty() && style.spec().metrics().isEmpty()) {
            String title = "listening by assistant" + (runs.size() > 1 ? " (mean of " + runs.size() + " runs)" : "");
            files.addAll(style.write(assistantChart(runs, LISTENING, style), title, chartsDir.resolve(LISTENING)));
        }
        return files;
    }

    /** Whether any run has a value of the metric at any recorded tick. */
    private static boolean defined(List<TimeSeries> runs, Metric metric) {
        for (TimeSeries r : runs) {
            for (TimeSeries.Point p : r.points()) {
                for (double[] row : p.values()) {
                    if (Double.isFinite(row[metric.ordinal()])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** One line per assistant of a quantity over time, averaged over replicates. */
    static JFreeChart assistantChart(List<TimeSeries> runs, String quantity, ChartStyle style) {
        TimeSeries first = runs.get(0);
        int q = first.assistantQuantities().indexOf(quantity);
        int assistants = first.assistantPoints().get(0).values().length;
        XYSeriesCollection data = new XYSeriesCollection();
        for (int j = 0; j < assistants; j++) {
            XYSeries s = new XYSeries("assistant " + j);
            for (int p = 0; p < first.assistantPoints().size(); p++) {
                double sum = 0;
                int n = 0;
                for (TimeSeries r : runs) {
                    double x = Numbers.asWritten(r.assistantPoints().get(p).values()[j][q]);
                    if (Double.isFinite(x)) {
                        sum += x;
                        n++;
                    }
                }
                if (n > 0) {
                    s.add((double) first.assistantPoints().get(p).tick(), sum / n);
                }
            }
            data.addSeries(s);
        }
        return lines(style.name(quantity), data);
    }

    static JFreeChart chart(List<TimeSeries> runs, Metric metric, ChartStyle style) {
        TimeSeries first = runs.get(0);
        XYSeriesCollection data = new XYSeriesCollection();
        for (int row = 0; row < first.rows().size(); row++) {
            XYSeries s = new XYSeries(style.name(first.rows().get(row)));
            for (int p = 0; p < first.points().size(); p++) {
                double sum = 0;
                int n = 0;
                for (TimeSeries r : runs) {
                    double x = Numbers.asWritten(r.value(p, row, metric));
                    if (Double.isFinite(x)) { // NaN and an infinite value are not drawn
                        sum += x;
                        n++;
                    }
                }
                if (n > 0) {
                    s.add((double) first.points().get(p).tick(), sum / n);
                }
            }
            data.addSeries(s);
        }
        return lines(style.axis(metric.key()), data);
    }

    private static JFreeChart lines(String yLabel, XYSeriesCollection data) {
        JFreeChart chart = ChartFactory.createXYLineChart(
                null, "tick (day)", yLabel, data, PlotOrientation.VERTICAL, true, false, false);
        XYPlot plot = chart.getXYPlot();
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(true, false);
        for (int i = 0; i < data.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Palette.color(i));
            r.setSeriesStroke(i, Palette.stroke(i));
        }
        plot.setRenderer(r);
        return chart;
    }
}
