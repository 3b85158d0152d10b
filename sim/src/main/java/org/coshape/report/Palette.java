package org.coshape.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/**
 * Okabe-Ito colours (distinguishable with colour-vision deficiencies) paired with dash patterns
 * so that lines also stay apart when printed in grayscale.
 */
public final class Palette {
    private static final Color[] COLORS = {
        new Color(0, 0, 0), new Color(0, 114, 178), new Color(213, 94, 0), new Color(0, 158, 115),
        new Color(204, 121, 167), new Color(230, 159, 0), new Color(86, 180, 233), new Color(240, 228, 66)
    };
    private static final float[][] DASHES = {null, {6f, 3f}, {2f, 2f}, {8f, 3f, 2f, 3f}, {1f, 3f}, {10f, 4f}};

    private Palette() {}

    public static Color color(int i) {
        return COLORS[i % COLORS.length];
    }

    public static Stroke stroke(int i) {
        float[] dash = DASHES[i % DASHES.length];
        return dash == null
                ? new BasicStroke(2f)
                : new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, dash, 0f);
    }
}
