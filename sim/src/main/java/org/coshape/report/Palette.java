package org.coshape.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Colours for any number of lines: the eight Okabe-Ito colours (distinguishable with colour-vision
 * deficiencies), then Paul Tol's nine "muted" colours, then hues a golden angle apart at two
 * lightnesses, so no two lines share a colour. Each line also gets one of six dash patterns, so
 * that lines stay apart when printed in grayscale.
 */
public final class Palette {
    private static final Color[] COLORS = {
        // Okabe & Ito 2008
        new Color(0, 0, 0), new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66),
        // Tol 2021, muted
        new Color(51, 34, 136), new Color(136, 204, 238), new Color(68, 170, 153), new Color(17, 119, 51),
        new Color(153, 153, 51), new Color(221, 204, 119), new Color(204, 102, 119), new Color(136, 34, 85),
        new Color(170, 68, 153)
    };
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {1f, 3f}, {10f, 4f}};
    private static final double GOLDEN = 0.618033988749895;

    private Palette() {}

    /** The colour of line {@code i}; distinct from every earlier one. */
    public static Color color(int i) {
        if (i < COLORS.length) {
            return COLORS[i];
        }
        int j = i - COLORS.length;
        float hue = (float) ((j * GOLDEN) % 1.0);
        return Color.getHSBColor(hue, 0.7f, j % 2 == 0 ? 0.55f : 0.85f);
    }

    public static Stroke stroke(int i) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null
                ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }
}
