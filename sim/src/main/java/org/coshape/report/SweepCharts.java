package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coshape.io.CsvCells;
import org.coshape.results.Numbers;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a sweep from its summary table: a final metric against each numeric swept parameter
 * (mean and 95% band over every run at that value, whole population), and, for a grid over two
 * parameters, a heatmap of the metric's mean over the two.
 */
public final class SweepCharts {
    /** Metrics drawn for sweeps. */
    public static final List<String> METRICS = List.of("welfare", "own_value_gap", "value_drift", "conformity_share");

    private SweepCharts() {}

    /**
     * Reads summary.csv lines into rows of the "all" group: parameter values and metric values by
     * name. A row of another width is damage (a file cut short or edited), not a row to skip: the
     * charts would silently lose a point. So is a charted metric that is no number, and a swept
     * value other than the one {@code recorded} (run id -> parameter -> value, from the manifest;
     * empty to skip the check) holds for its run: a numeric parameter with one damaged point lost
     * all its charts. (Whether a parameter is numeric cannot be told from its cells alone: a sweep
     * may list a number and a vector for the same key.)
     *
     * @throws IllegalArgumentException naming the line of a row that does not fit the header, and
     *     the column of a cell that does not hold what it should
     */
    static List<Map<String, String>> allRows(List<String> summary, Map<String, Map<String, String>> recorded) {
        String[] header = CsvCells.of(summary.get(0));
        List<String> metrics =
                METRICS.stream().filter(List.of(header)::contains).toList();
        List<Map<String, String>> rows = new ArrayList<>();
        for (int n = 1; n < summary.size(); n++) {
            String[] f = CsvCells.of(summary.get(n));
            if (f.length != header.length) {
                throw new IllegalArgumentException(
                        "line " + (n + 1) + ": expected " + header.length + " cells, found " + f.length);
            }
            if (!f[4].equals("all")) {
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
     * (run id -> swept values from the manifest, or empty).
     */
    public static List<Path> write(
            List<String> summary,
            List<String> parameters,
            Map<String, Map<String, String>> recorded,
            boolean grid,
            Path charts,
            List<String> formats) {
        List<Path> files = new ArrayList<>();
        List<Map<String, String>> rows = allRows(summary, recorded);
        for (String metric : METRICS) {
            for (String p : parameters) {
                if (numeric(rows, p)) {
                    files.addAll(againstParameter(
                            rows, p, metric, charts.resolve("sweep_" + metric + "_vs_" + safe(p)), formats));
                }
            }
            if (grid && parameters.size() == 2) {
                files.addAll(heatmap(
                        rows,
                        parameters.get(0),
                        parameters.get(1),
                        metric,
                        charts.resolve("sweep_" + metric + "_heatmap"),
                        formats));
            }
        }
        return files;
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

    static List<Path> againstParameter(
            List<Map<String, String>> rows, String p, String metric, Path base, List<String> formats) {
        TreeMap<Double, List<Double>> byValue = new TreeMap<>();
        for (Map<String, String> r : rows) {
            double y = Numbers.parse(r.get(metric));
            if (!Double.isNaN(y)) {
                byValue.computeIfAbsent(Double.parseDouble(r.get(p)), k -> new ArrayList<>())
                        .add(y);
            }
        }
        YIntervalSeries s = new YIntervalSeries(metric);
        for (var e : byValue.entrySet()) {
            Interval i = Interval.of(
                    e.getValue().stream().mapToDouble(Double::doubleValue).toArray());
            s.add(
                    e.getKey(),
                    i.mean(),
                    Double.isNaN(i.low()) ? i.mean() : i.low(),
                    Double.isNaN(i.high()) ? i.mean() : i.high());
        }
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        ds.addSeries(s);
        DeviationRenderer r = new DeviationRenderer(true, byValue.size() <= 12);
        r.setSeriesPaint(0, Palette.color(1));
        r.setSeriesFillPaint(0, Palette.color(1));
        r.setAlpha(0.25f);
        NumberAxis y = new NumberAxis(metric + " (final, all)");
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, new NumberAxis(p), y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart =
                new JFreeChart(metric + " vs " + p + " (mean, 95% band)", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }

    static List<Path> heatmap(
            List<Map<String, String>> rows, String px, String py, String metric, Path base, List<String> formats) {
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
            if (!Double.isNaN(v)) {
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
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries(metric, xyz);
        GradientScale scale = GradientScale.sequential(lo, hi);
        XYBlockRenderer r = new XYBlockRenderer();
        r.setPaintScale(scale);
        XYPlot plot = new XYPlot(
                ds, new SymbolAxis(px, xs.toArray(String[]::new)), new SymbolAxis(py, ys.toArray(String[]::new)), r);
        return ChartFiles.write(scale.chart(metric + " (mean over runs)", plot, metric), base, formats);
    }

    private static String safe(String p) {
        return p.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
