package org.coshape.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.geom.Ellipse2D;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coshape.metrics.MetricLabels;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.data.xy.DefaultIntervalXYDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a policy comparison: each key metric over time with a 95% band per policy; final
 * values per policy with 95% intervals kept inside the metric's range; and a heatmap of paired
 * differences against the reference by group and outcome, coloured by whether the difference is
 * better or worse for that outcome and written in each cell. Colour-blind-safe palette with dash
 * patterns for grayscale.
 */
public final class ComparisonCharts {
    private ComparisonCharts() {}

    public static List<Path> timeSeries(ComparisonData data, String metric, Path base, ChartStyle style) {
        MetricLabels.Label label = MetricLabels.of(metric);
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (String p : data.policies()) {
            YIntervalSeries s = new YIntervalSeries(style.name(p));
            for (Map.Entry<Long, Interval> e : data.band(p, metric).entrySet()) {
                Interval i = e.getValue();
                if (Double.isNaN(i.mean())) {
                    continue;
                }
                double lo = Double.isNaN(i.low()) ? i.mean() : Math.max(label.min(), i.low());
                double hi = Double.isNaN(i.high()) ? i.mean() : Math.min(label.max(), i.high());
                s.add(e.getKey(), i.mean(), lo, hi);
            }
            ds.addSeries(s);
        }
        DeviationRenderer r = new DeviationRenderer(true, false);
        for (int i = 0; i < data.policies().size(); i++) {
            Color c = Palette.color(i + 1);
            r.setSeriesPaint(i, c);
            r.setSeriesFillPaint(i, c);
            r.setSeriesStroke(i, Palette.stroke(i));
        }
        r.setAlpha(0.2f);
        NumberAxis y = new NumberAxis(style.axis(metric));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, new NumberAxis("tick (day)"), y, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.write(chart, style.metric(metric) + " over time (mean, 95% band)", base);
    }

    public static List<Path> finals(ComparisonData data, String metric, String group, Path base, ChartStyle style) {
        MetricLabels.Label label = MetricLabels.of(metric);
        DefaultIntervalXYDataset ds = new DefaultIntervalXYDataset();
        List<String> names = new ArrayList<>();
        int n = data.policies().size();
        double[][] cols = new double[6][n];
        for (int k = 0; k < n; k++) {
            String p = data.policies().get(k);
            names.add(style.name(p));
            Interval i = Interval.of(data.finals(p, group, metric), label.min(), label.max());
            cols[0][k] = k;
            cols[1][k] = k;
            cols[2][k] = k;
            cols[3][k] = i.mean();
            cols[4][k] = Double.isNaN(i.low()) ? i.mean() : i.low();
            cols[5][k] = Double.isNaN(i.high()) ? i.mean() : i.high();
        }
        ds.addSeries(metric, cols);
        XYErrorRenderer r = new XYErrorRenderer();
        r.setDrawXError(false);
        r.setDefaultLinesVisible(false);
        r.setSeriesPaint(0, Palette.color(1));
        r.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        r.setErrorPaint(Color.BLACK);
        r.setCapLength(8);
        SymbolAxis x = new SymbolAxis(null, names.toArray(String[]::new));
        x.setGridBandsVisible(false);
        NumberAxis y = new NumberAxis(style.axis(metric) + (group.equals("all") ? "" : ", " + style.name(group)));
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        return style.write(chart, "final " + style.metric(metric) + " by policy (mean, 95% CI)", base);
    }

    /**
     * Heatmap of paired differences (policy - reference) of {@code metrics}: one row per outcome,
     * one column per group. Outcomes differ in unit and in which direction is better, so a cell
     * is coloured by its difference signed toward better (green) or worse (vermillion), scaled by
     * the largest difference of its outcome, and white when its 95% interval holds zero; the
     * difference itself is written in the cell. Outcomes with no better direction are grey.
     */
    public static List<Path> differenceHeatmap(
            ComparisonData data, String reference, String policy, List<String> metrics, Path base, ChartStyle style) {
        List<String> groups = data.groups();
        int cells = metrics.size() * groups.size();
        double[][] xyz = new double[3][cells];
        double[] raw = new double[cells];
        boolean[] shown = new boolean[cells];
        int c = 0;
        for (int m = 0; m < metrics.size(); m++) {
            int better = MetricLabels.of(metrics.get(m)).better();
            double max = 0;
            int first = c;
            for (int g = 0; g < groups.size(); g++) {
                Interval d = Interval.paired(
                        data.finals(policy, groups.get(g), metrics.get(m)),
                        data.finals(reference, groups.get(g), metrics.get(m)));
                xyz[0][c] = g;
                xyz[1][c] = m;
                raw[c] = d.mean();
                shown[c] = d.n() >= 2 && !d.crossesZero();
                if (!Double.isNaN(d.mean())) {
                    max = Math.max(max, Math.abs(d.mean()));
                }
                c++;
            }
            for (int k = first; k < c; k++) {
                xyz[2][k] = better == 0 || Double.isNaN(raw[k])
                        ? Double.NaN
                        : shown[k] && max > 0 ? better * raw[k] / max : 0;
            }
        }
        DefaultXYZDataset ds = new DefaultXYZDataset();
        ds.addSeries("difference", xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        GradientScale scale = GradientScale.betterWorse();
        r.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis(
                null,
                groups.stream()
                        .map(g -> g.equals("all") ? "everyone" : style.name(g))
                        .toArray(String[]::new));
        x.setGridBandsVisible(false);
        SymbolAxis y = new SymbolAxis(null, metrics.stream().map(style::metric).toArray(String[]::new));
        y.setGridBandsVisible(false);
        y.setInverted(true);
        XYPlot plot = new XYPlot(ds, x, y, r);
        for (int k = 0; k < cells; k++) {
            if (!Double.isNaN(raw[k])) {
                XYTextAnnotation a = new XYTextAnnotation(
                        (raw[k] > 0 ? "+" : "") + ComparisonTables.fmt(raw[k]), xyz[0][k], xyz[1][k]);
                a.setFont(style.font(ChartStyle.TICK_FONT, Font.PLAIN));
                a.setPaint(Double.isNaN(xyz[2][k]) ? Color.BLACK : scale.textOn(xyz[2][k]));
                plot.addAnnotation(a);
            }
        }
        JFreeChart chart = scale.chart(plot, "worse  ←  for " + style.name(policy) + "  →  better");
        ((NumberAxis) ((PaintScaleLegend) chart.getSubtitle(0)).getAxis()).setTickUnit(new NumberTickUnit(0.5));
        return style.write(
                chart, style.name(policy) + " − " + style.name(reference) + ", paired differences by group", base);
    }
}
