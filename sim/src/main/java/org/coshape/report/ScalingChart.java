package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coshape.scenario.ChartsSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogarithmicAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The scaling chart of {@code bench --sizes}: person-ticks per second against population size.
 * The throughput axis is linear from zero, so a flat line reads as time per tick linear in N and a
 * fall reads at its true size (a logarithmic axis over less than a decade showed one label).
 */
public final class ScalingChart {
    private ScalingChart() {}

    public static void write(List<Map<String, Object>> runs, Path file) {
        XYSeries tick = new XYSeries("whole tick");
        XYSeries interaction = new XYSeries("interaction");
        XYSeries social = new XYSeries("social");
        for (Map<String, Object> r : runs) {
            double n = ((Number) r.get("humans")).doubleValue();
            tick.add(n, ((Number) r.get("person_ticks_per_s")).doubleValue());
            @SuppressWarnings("unchecked")
            Map<String, Object> ph = (Map<String, Object>) r.get("phases");
            interaction.add(n, ((Number) ph.get("interaction")).doubleValue());
            social.add(n, ((Number) ph.get("social")).doubleValue());
        }
        XYSeriesCollection data = new XYSeriesCollection();
        data.addSeries(tick);
        data.addSeries(interaction);
        data.addSeries(social);
        LogarithmicAxis x = new LogarithmicAxis("people (N)");
        NumberAxis y = new NumberAxis("person-ticks per second");
        y.setAutoRangeIncludesZero(true);
        y.setNumberFormatOverride(new DecimalFormat("0.0E0", DecimalFormatSymbols.getInstance(Locale.ROOT)));
        x.setStrictValuesFlag(false);
        x.setExpTickLabelsFlag(false);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        for (int i = 0; i < 3; i++) {
            renderer.setSeriesPaint(i, Palette.color(i));
            renderer.setSeriesStroke(i, Palette.stroke(i));
        }
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setDomainGridlinePaint(new Color(220, 220, 220));
        plot.setRangeGridlinePaint(new Color(220, 220, 220));
        Map<String, Object> first = runs.get(0);
        String degree = new DecimalFormat("0.###", DecimalFormatSymbols.getInstance(Locale.ROOT))
                .format(((Number) first.get("degree")).doubleValue());
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        String name = file.getFileName().toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        ChartsSpec d = ChartsSpec.defaults();
        ChartStyle titled = new ChartStyle(
                new ChartsSpec(d.metrics(), d.labels(), d.width(), d.height(), d.fontScale(), true, false),
                List.of("png"));
        titled.write(
                chart,
                "coshape bench: d=" + first.get("dims") + ", degree " + degree + ", " + first.get("threads")
                        + " threads",
                file.resolveSibling(base));
    }
}
