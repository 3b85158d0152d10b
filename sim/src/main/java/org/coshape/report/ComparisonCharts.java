package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.DefaultXYZDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Charts of a policy comparison: each key metric over time with a 95% band per policy; final
 * values per policy with 95% intervals; and a heatmap of paired differences against the
 * reference by group and metric. Colour-blind-safe palette with dash patterns for grayscale.
 */
public final class ComparisonCharts {
    private ComparisonCharts() {}

    public static List<Path> timeSeries(ComparisonData data, String metric, Path base, List<String> formats) {
        YIntervalSeriesCollection ds = new YIntervalSeriesCollection();
        for (String p : data.policies()) {
            YIntervalSeries s = new YIntervalSeries(p);
            for (Map.Entry<Long, Interval> e : data.band(p, metric).entrySet()) {
                Interval i = e.getValue();
                if (Double.isNaN(i.mean())) {
                    continue;
                }
                double lo = Double.isNaN(i.low()) ? i.mean() : i.low();
                double hi = Double.isNaN(i.high()) ? i.mean() : i.high();
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
        XYPlot plot = new XYPlot(ds, new NumberAxis("tick"), new NumberAxis(metric), r);
        plot.getRangeAxis().setAutoRange(true);
        ((NumberAxis) plot.getRangeAxis()).setAutoRangeIncludesZero(false);
        style(plot);
        JFreeChart chart =
                new JFreeChart(metric + " over time (mean, 95% band)", JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }

    public static List<Path> finals(ComparisonData data, String metric, String group, Path base, List<String> formats) {
        DefaultStatisticalCategoryDataset ds = new DefaultStatisticalCategoryDataset();
        for (String p : data.policies()) {
            Interval i = Interval.of(data.finals(p, group, metric));
            ds.add(i.mean(), Double.isNaN(i.halfWidth()) ? 0 : i.halfWidth(), metric, p);
        }
        StatisticalBarRenderer r = new StatisticalBarRenderer();
        r.setSeriesPaint(0, Palette.color(1));
        r.setErrorIndicatorPaint(Color.BLACK);
        r.setShadowVisible(false);
        r.setBarPainter(new StandardBarPainter());
        NumberAxis y = new NumberAxis(metric + " (" + group + ", final)");
        CategoryPlot plot = new CategoryPlot(ds, new CategoryAxis("policy"), y, r);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        JFreeChart chart =
                new JFreeChart(metric + " by policy (mean ± 95% CI)", JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        chart.setBackgroundPaint(Color.WHITE);
        return ChartFiles.write(chart, base, formats);
    }

    /** Heatmap of paired differences (policy - reference) of {@code metrics}, rows = group, per policy. */
    public static List<Path> differenceHeatmap(
            ComparisonData data,
            String reference,
            String policy,
            List<String> metrics,
            Path base,
            List<String> formats) {
        List<String> groups = data.groups();
        DefaultXYZDataset ds = new DefaultXYZDataset();
        int cells = metrics.size() * groups.size();
        double[][] xyz = new double[3][cells];
        double max = 1e-12;
        int c = 0;
        for (int m = 0; m < metrics.size(); m++) {
            for (int g = 0; g < groups.size(); g++) {
                Interval d = Interval.paired(
                        data.finals(policy, groups.get(g), metrics.get(m)),
                        data.finals(reference, groups.get(g), metrics.get(m)));
                xyz[0][c] = m;
                xyz[1][c] = g;
                xyz[2][c] = Double.isNaN(d.mean()) ? 0 : d.mean();
                max = Math.max(max, Math.abs(xyz[2][c]));
                c++;
            }
        }
        ds.addSeries("difference", xyz);
        XYBlockRenderer r = new XYBlockRenderer();
        GradientScale scale = GradientScale.diverging(max);
        r.setPaintScale(scale);
        SymbolAxis x = new SymbolAxis("metric", metrics.toArray(String[]::new));
        SymbolAxis y = new SymbolAxis("group", groups.toArray(String[]::new));
        XYPlot plot = new XYPlot(ds, x, y, r);
        JFreeChart chart = scale.chart(policy + " − " + reference + ", by group", plot, "difference");
        return ChartFiles.write(chart, base, formats);
    }

    private static void style(XYPlot plot) {
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
    }
}
