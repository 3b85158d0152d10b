package org.coshape.report;

import java.awt.Color;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A linear colour scale through two or three colours for heatmaps. The stops differ in
 * lightness, so the ordering survives grayscale printing; NaN cells are light grey.
 */
public final class GradientScale implements PaintScale {
    private final double lo;
    private final double hi;
    private final Color[] stops;

    private GradientScale(double lo, double hi, Color... stops) {
        this.lo = lo;
        this.hi = hi > lo ? hi : lo + 1e-9;
        this.stops = stops;
    }

    /** Light yellow to dark violet (viridis ends) for values from lo to hi. */
    public static GradientScale sequential(double lo, double hi) {
        return new GradientScale(lo, hi, new Color(253, 231, 37), new Color(48, 18, 100));
    }

    /** Blue (negative) through white to orange (positive), symmetric around 0. */
    public static GradientScale diverging(double maxAbs) {
        return new GradientScale(-maxAbs, maxAbs, new Color(0, 114, 178), Color.WHITE, new Color(213, 94, 0));
    }

    @Override
    public double getLowerBound() {
        return lo;
    }

    @Override
    public double getUpperBound() {
        return hi;
    }

    @Override
    public Paint getPaint(double value) {
        if (Double.isNaN(value)) {
            return Color.LIGHT_GRAY;
        }
        double t = Math.max(0, Math.min(1, (value - lo) / (hi - lo))) * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(t));
        double f = t - i;
        Color a = stops[i];
        Color b = stops[i + 1];
        return new Color(
                (int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }

    /** A heat map's chart: {@code plot} on white, titled, with this scale as its legend on the right. */
    public JFreeChart chart(String title, XYPlot plot, String legendLabel) {
        plot.setBackgroundPaint(Color.WHITE);
        JFreeChart chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(this, new NumberAxis(legendLabel));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
