package org.coshape.report;

import java.awt.Color;
import java.awt.Paint;
import java.util.Arrays;
import java.util.Collections;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.PaintScale;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;

/**
 * A piecewise linear colour scale through its stops for heatmaps. The stops differ in
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

    /** Viridis at five stops (van der Walt and Smith): lightness falls monotonically from yellow to violet. */
    private static final Color[] VIRIDIS = {
        new Color(253, 231, 37),
        new Color(94, 201, 98),
        new Color(33, 145, 140),
        new Color(59, 82, 139),
        new Color(68, 1, 84)
    };

    /**
     * A metric's scale from lo to hi that darkens toward the better end: toward hi when more is
     * better ({@code better} > 0), toward lo when less is, and light to dark from lo to hi when
     * neither is better.
     */
    public static GradientScale forMetric(double lo, double hi, int better) {
        Color[] stops = VIRIDIS.clone();
        if (better < 0) {
            Collections.reverse(Arrays.asList(stops));
        }
        return new GradientScale(lo, hi, stops);
    }

    /** Black or white, whichever reads better on the colour of {@code value}. */
    public Color textOn(double value) {
        Color c = (Color) getPaint(value);
        double luminance = 0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue();
        return luminance > 140 ? Color.BLACK : Color.WHITE;
    }

    /**
     * For differences signed toward better, from -1 (worse: vermillion) through white to +1
     * (better: bluish green), Okabe-Ito colours that differ in lightness from white.
     */
    public static GradientScale betterWorse() {
        return new GradientScale(-1, 1, new Color(213, 94, 0), Color.WHITE, new Color(0, 158, 115));
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

    /** A heat map's chart: {@code plot} with this scale as its legend on the right. */
    public JFreeChart chart(XYPlot plot, String legendLabel) {
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, false);
        PaintScaleLegend legend = new PaintScaleLegend(this, new NumberAxis(legendLabel));
        legend.setPosition(RectangleEdge.RIGHT);
        legend.setMargin(4, 4, 4, 4);
        chart.addSubtitle(legend);
        return chart;
    }
}
