package org.coshape.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.coshape.io.CsvCells;
import org.coshape.metrics.MetricLabels;
import org.coshape.results.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a sweep from its summary table: a final metric against each numeric swept parameter,
 * and, for a grid over two parameters, a heatmap of the metric's mean over the two. In a grid, the
 * other swept parameters are not averaged away: each combination of their levels gets its own
 * line (up to {@link #MAX_LINES}), with a 95% band over the runs at each value, kept inside the
 * metric's range. Sampled designs (random, lhs, sobol, morris) have no repeated values to average:
 * their charts show every run as a point. With {@code charts.groups} each group gets its own line
 * or points besides the whole population.
 */
public final class SweepCharts {
    /** Metrics drawn for sweeps, unless the scenario's charts.metrics names others. */
    public static final List<String> METRICS =
            List.of("welfare", "own_value_gap", "value_drift", "induced_drift", "conformity_share");

    /** The most lines one chart draws; more level combinations are averaged into one line. */
    static final int MAX_LINES = 8;

    private SweepCharts() {}

    /**
     * Reads summary.csv lines into rows of the "all" group (and of every group when
     * {@code groups}): parameter values and metric values by name. A row of another width is
     * damage (a file cut short or edited), not a row to skip: the charts would silently lose a
     * point. So is a charted metric that is no number, and a swept value other than the one
     * {@code recorded} (run id -> parameter -> value, from the manifest; empty to skip the check)
     * holds for its run: a numeric parameter with one damaged point lost all its charts. (Whether a
     * parameter is numeric cannot be told from its cells alone: a sweep may list a number and a
     * vector for the same key.)
     *
     * @throws IllegalArgumentException naming the line of a row that does not fit the header, and
     *     the column of a cell that does not hold what it should
     */
    static List<Map<String, String>> allRows(List<String> summary, Map<String, Map<String, String>> recorded) {
        return allRows(summary, recorded, METRICS, false);
    }

    /** {@link #allRows(List, Map)} checking {@code charted} metrics, with every group's rows when {@code groups}. */
    static List<Map<String, String>> allRows(
            List<String> summary, Map<String, Map<String, String>> recorded, List<String> charted, boolean groups) {
        String[] header = CsvCells.of(summary.get(0));
        List<String> metrics =
                charted.stream().filter(List.of(header)::contains).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 1; n < summary.size(); n++) {
            String[] f = CsvCells.of(summary.get(n));
            if (f.length != header.length) {
                throw new IllegalArgumentException(
                        "line " + (n + 1) + ": expected " + header.length + " cells, found " + f.length);
            }
            if (!groups && !f[4].equals("all")) {
                continue;
            }
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                m.put(header[i], f[i]);
            }
            try {
                for (String metric : metrics) {
                    Numbers.cell(metric, m.get(metric));
                }
                recorded.getOrDefault(f[0], Map.of()).forEach((p, v) -> {
                    if (m.containsKey(p) && !m.get(p).equals(v)) {
                        throw new IllegalArgumentException("column '" + p + "': found '" + m.get(p) + "' where the"
                                + " manifest records " + v + " for run " + f[0]);
                    }
                });
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (n + 1) + ": " + e.getMessage());
            }
            rows.add(m);
        }
        return rows;
    }

    /**
     * The sweep's charts from its summary.csv lines; {@code recorded} as in {@link #allRows}
     * (run id -> swept values from the manifest, or empty); {@code design} the sweep's design key.
     */
    public static List<Path> write(
            List<String> summary,
            List<String> parameters,
            Map<String, Map<String, String>> recorded,
            String design,
            Path charts,
            ChartStyle style) {
        List<Path> files = new ArrayList<>();
        if (style.none()) {
            return files;
        }
        List<String> metrics = style.metrics(METRICS);
        boolean grid = design.equals("grid");
        List<Map<String, String>> rows =
                allRows(summary, recorded, metrics, style.spec().groups());
        List<String> header = List.of(CsvCells.of(summary.get(0)));
        for (String metric : metrics) {
            if (!header.contains(metric) || !defined(rows, metric)) {
                continue;
            }
            for (String p : parameters) {
                if (numeric(rows, p)) {
                    Path base = charts.resolve("sweep_" + metric + "_vs_" + safe(p));
                    files.addAll(
                            grid
                                    ? lines(rows, parameters, p, metric, base, style)
                                    : points(rows, p, metric, base, style));
                }
            }
            if (grid && parameters.size() == 2) {
                files.addAll(heatmap(
                        rows,
                        parameters.get(0),
                        parameters.get(1),
                        metric,
                        charts.resolve("sweep_" + metric + "_heatmap"),
                        style));
            }
        }
        return files;
    }

    private static boolean defined(List<Map<String, String>> rows, String metric) {
        return rows.stream().anyMatch(r -> !Double.isNaN(Numbers.parse(r.get(metric))));
    }

    static boolean numeric(List<Map<String, String>> rows, String p) {
        for (Map<String, String> r : rows) {
            try {
                Double.parseDouble(r.get(p));
            } catch (NumberFormatException | NullPointerException e) {
                return false;
            }
        }
        return !rows.isEmpty();
    }

    /**
     * The series a row belongs to in a chart against {@code p}: the levels of the other swept
     * parameters (when they make at most {@link #MAX_LINES} combinations), and its group when
     * groups are drawn.
     */
    private static Map<Map<String, String>, String> seriesNames(
            List<Map<String, String>> rows, List<String> others, ChartStyle style) {
        Set<String> combos = new LinkedHashSet<>();
        for (Map<String, String> r : rows) {
            combos.add(levels(r, others, style));
        }
        boolean split = combos.size() > 1 && combos.size() <= MAX_LINES;
        boolean groups = style.spec().groups();
        Map<Map<String, String>, String> names = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            List<String> parts = new ArrayList<>();
            if (split) {
                parts.add(levels(r, others, style));
            }
            if (groups) {
                String g = r.get("group");
                parts.add(g.equals("all") ? "everyone" : style.name(g));
            }
            names.put(
                    r,
                    parts.isEmpty()
                            ? (combos.size() > 1 ? "mean over the other parameters" : "mean")
                            : String.join(", ", parts));
        }
        return names;
    }

    private static String levels(Map<String, String> r, List<String> others, ChartStyle style) {
        List<String> parts = new ArrayList<>();
        for (String o : others) {
            parts.add(style.name(o) + " = " + r.get(o));
        }
        return String.join(", ", parts);
    }

    /** A grid: mean and 95% band at each value of {@code p}, one line per series. */
    static List<Path> lines(
            List<Map<String, String>> rows,
            List<String> parameters,
            String p,
            String metric,
            Path base,
            ChartStyle style) {
        YIntervalSeriesCollection ds = lineData(rows, parameters, p, metric, style);
        DeviationRenderer r = new DeviationRenderer(true, true);
        for (int i = 0; i < ds.getSeriesCount(); i++) {
            r.setSeriesPaint(i, Palette.color(i + 1));
            r.setSeriesFillPaint(i, Palette.color(i + 1));
            r.setSeriesStroke(i, Palette.stroke(i));
        }
        r.setAlpha(0.2f);
        NumberAxis y = new NumberAxis(style.axis(metric));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, new NumberAxis(style.name(p)), y, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, ds.getSeriesCount() > 1);
        return style.write(chart, style.metric(metric) + " against " + style.name(p) + " (mean, 95% band)", base);
    }

    /** The lines of {@link #lines}: one series per level combination (and group), mean and band per value. */
    static YIntervalSeriesCollection lineData(
            List<Map<String, String>> rows, List<String> parameters, String p, String metric, ChartStyle style) {
        List<String> others = parameters.stream().filter(q -> !q.equals(p)).toList();
        Map<Map<String, String>, String> names = seriesNames(rows, others, style);
        Map<String, TreeMap<Double, List<Double>>> bySeries = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            double y = Numbers.parse(r.get(metric));
            if (!Double.isNaN(y)) {
                bySeries.computeIfAbsent(names.get(r), k -> new TreeMap<>())
                        .computeIfAbsent(Double.parseDouble(r.get(p)), k -> new ArrayList<>())
                        .add(y);
            }
        }
        MetricLabels.Label label = MetricLabels.of(metric);
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (var series : bySeries.entrySet()) {
            YIntervalSeries s = new YIntervalSeries(series.getKey());
            for (var e : series.getValue().entrySet()) {
                Interval i = Interval.of(
                        e.getValue().stream().mapToDouble(Double::doubleValue).toArray(), label.min(), label.max());
                s.add(
                        e.getKey(),
                        i.mean(),
                        Double.isNaN(i.low()) ? i.mean() : i.low(),
                        Double.isNaN(i.high()) ? i.mean() : i.high());
            }
            ds.addSeries(s);
        }
        return ds;
    }

    /** A sampled design: every run's final value as a point, coloured by group when groups are drawn. */
    static List<Path> points(List<Map<String, String>> rows, String p, String metric, Path base, ChartStyle style) {
        Map<String, XYSeries> byGroup = new LinkedHashMap<>();
        for (Map<String, String> r : rows) {
            double y = Numbers.parse(r.get(metric));
            if (!Double.isNaN(y)) {
                String g = r.get("group");
                byGroup.computeIfAbsent(g, k -> new XYSeries(g.equals("all") ? "everyone" : style.name(g), false))
                        .add(Double.parseDouble(r.get(p)), y);
            }
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        byGroup.values().forEach(ds::addSeries);
        XYLineAndShapeRenderer r = new XYLineAndShapeRenderer(false, true);
        int points = ds.getSeriesCount() == 0 ? 0 : ds.getItemCount(0);
        double size = points > 300 ? 2.5 : 4; // many runs: smaller, translucent points show the density
        int alpha = points > 300 ? 110 : 255;
        for (int i = 0; i < ds.getSeriesCount(); i++) {
            Color c = Palette.color(i + 1);
            r.setSeriesPaint(i, new Color(c.getRed(), c.getGreen(), c.getBlue(), alpha));
            r.setSeriesShape(i, new Ellipse2D.Double(-size / 2, -size / 2, size, size));
        }
        NumberAxis y = new NumberAxis(style.axis(metric));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, new NumberAxis(style.name(p)), y, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, ds.getSeriesCount() > 1);
        return style.write(chart, style.metric(metric) + " against " + style.name(p) + " (each run)", base);
    }

    /**
     * A grid over two parameters: the metric's mean (whole population) in each cell, written in
     * the cell. The colour scale is the metric's whole range when it is bounded (so that every
     * heatmap of one metric reads alike) and darkens toward the better end when there is one.
     */
    static List<Path> heatmap(
            List<Map<String, String>> rows, String px, String py, String metric, Path base, ChartStyle style) {
        List<String> xs = new ArrayList<>();
        List<String> ys = new ArrayList<>();
        for (Map<String, String> r : rows) {
            if (!xs.contains(r.get(px))) {
                xs.add(r.get(px));
            }
            if (!ys.contains(r.get(py))) {
                ys.add(r.get(py));
            }
        }
        double[][] sum = new double[xs.size()][ys.size()];
        int[][] n = new int[xs.size()][ys.size()];
        for (Map<String, String> r : rows) {
            double v = Numbers.parse(r.get(metric));
            if (!Double.isNaN(v) && r.get("group").equals("all")) {
                sum[xs.indexOf(r.get(px))][ys.indexOf(r.get(py))] += v;
                n[xs.indexOf(r.get(px))][ys.indexOf(r.get(py))]++;
            }
        }
        int cells = xs.size() * ys.size();
        double[][] xyz = new double[3][cells];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        int c = 0;
        for (int i = 0; i < xs.size(); i++) {
            for (int j = 0; j < ys.size(); j++) {
                double m = n[i][j] > 0 ? sum[i][j] / n[i][j] : Double.NaN;
                xyz[0][c] = i;
                xyz[1][c] = j;
                xyz[2][c++] = m;
                if (!Double.isNaN(m)) {
                    lo = Math.min(lo, m);
                    hi = Math.max(hi, m);
                }
            }
        }
        MetricLabels.Label label = MetricLabels.of(metric);
        if (Double.isFinite(label.min()) && Double.isFinite(label.max())) {
            lo = label.min();
            hi = label.max();
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries(metric, xyz);
        GradientScale scale = GradientScale.forMetric(lo, hi, label.better());
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(
                ds,
                new SymbolAxis(style.name(px), xs.toArray(String[]::new)),
                new SymbolAxis(style.name(py), ys.toArray(String[]::new)),
                r);
        for (int k = 0; k < cells; k++) {
            if (!Double.isNaN(xyz[2][k])) {
                XYTextAnnotation a = new XYTextAnnotation(ComparisonTables.fmt(xyz[2][k]), xyz[0][k], xyz[1][k]);
                a.setFont(style.font(ChartStyle.TICK_FONT, Font.PLAIN));
                a.setPaint(scale.textOn(xyz[2][k]));
                plot.addAnnotation(a);
            }
        }
        String legend = style.axis(metric) + (label.betterWords().isEmpty() ? "" : "; " + label.betterWords());
        return style.write(
                scale.chart(plot, legend),
                style.metric(metric) + " over " + style.name(px) + " and " + style.name(py) + " (mean over runs)",
                base);
    }

    private static String safe(String p) {
        return p.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
