package org.coshape.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.coshape.report.Palette;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.util.Bag;

/**
 * The frame of the 2-D view, drawn under the people: the value square [-1, 1]^2 with its zero
 * lines, ticks every 0.5, the two shown dimensions' names as axis titles, and a legend of the
 * groups' colours and the marks. It reads what it labels from the view each time it draws, so a
 * dimension chosen in the inspector relabels the axes at once.
 */
final class AxesAndLegend extends FieldPortrayal2D {
    private static final Color FRAME = new Color(150, 150, 150);
    private static final Color ZERO = new Color(215, 215, 215);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    private final CoshapeWithUI view;

    AxesAndLegend(CoshapeWithUI view) {
        this.view = view;
    }

    @Override
    protected void hitOrDraw(Graphics2D g, DrawInfo2D info, Bag hits) {
        if (g == null) {
            return; // hit testing: the frame has nothing to select
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(FONT);
        Rectangle2D.Double r = info.draw;
        g.setStroke(new BasicStroke(1f));
        g.setColor(ZERO);
        g.draw(new Line2D.Double(x(r, 0), y(r, -1), x(r, 0), y(r, 1)));
        g.draw(new Line2D.Double(x(r, -1), y(r, 0), x(r, 1), y(r, 0)));
        g.setColor(FRAME);
        g.draw(new Rectangle2D.Double(x(r, -1), y(r, 1), r.width, r.height));
        FontMetrics fm = g.getFontMetrics();
        for (int k = -2; k <= 2; k++) {
            double v = k / 2.0;
            String label = k % 2 == 0 ? String.valueOf(k / 2) : String.valueOf(v);
            g.draw(new Line2D.Double(x(r, v), y(r, -1), x(r, v), y(r, -1) - 5));
            g.draw(new Line2D.Double(x(r, -1), y(r, v), x(r, -1) + 5, y(r, v)));
            // the labels at the corners stay inside the square
            double across = k == -2 ? 0 : k == 2 ? fm.stringWidth(label) : fm.stringWidth(label) / 2.0;
            double up = k == -2 ? -4 : k == 2 ? fm.getAscent() + 2 : fm.getAscent() / 2.0;
            g.drawString(label, (float) (x(r, v) - across + (k == -2 ? 3 : k == 2 ? -3 : 0)), (float) (y(r, -1) - 8));
            g.drawString(label, (float) (x(r, -1) + 8), (float) (y(r, v) + up));
        }
        String[] axes = view.axisNames();
        g.setColor(Color.DARK_GRAY);
        g.drawString(axes[0], (float) (x(r, 1) - fm.stringWidth(axes[0]) - 6), (float) (y(r, 0) - 6));
        AffineTransform before = g.getTransform();
        g.rotate(-Math.PI / 2, x(r, 0) + 14, y(r, 1) + 6);
        g.drawString(axes[1], (float) (x(r, 0) + 14 - fm.stringWidth(axes[1])), (float) (y(r, 1) + 6));
        g.setTransform(before);
        legend(g, r, fm);
    }

    private void legend(Graphics2D g, Rectangle2D.Double r, FontMetrics fm) {
        List<String> groups = view.groupNames();
        float line = fm.getHeight();
        float left = (float) x(r, -1) + 12;
        float top = (float) y(r, 1) + 6;
        for (int i = 0; i < groups.size(); i++) {
            float base = top + line * (i + 1);
            g.setColor(Palette.color(i + 1));
            g.fillOval((int) left, (int) (base - fm.getAscent() + 2), 8, 8);
            g.setColor(Color.DARK_GRAY);
            g.drawString(groups.get(i), left + 14, base);
        }
        float base = top + line * (groups.size() + 1);
        g.setColor(Color.BLACK);
        g.fillRect((int) left, (int) (base - fm.getAscent() + 2), 8, 8);
        g.setColor(Color.DARK_GRAY);
        g.drawString("assistant (promoted values)", left + 14, base);
        base += line;
        g.setColor(new Color(120, 120, 120));
        g.drawOval((int) left, (int) (base - fm.getAscent() + 2), 8, 8);
        g.setColor(Color.DARK_GRAY);
        g.drawString("first designers' centroid", left + 14, base);
    }

    /** Pixel column of value {@code v} on the horizontal axis. */
    private static double x(Rectangle2D.Double r, double v) {
        return r.x + (v + 1) / 2 * r.width;
    }

    /** Pixel row of value {@code v} on the vertical axis (up is positive). */
    private static double y(Rectangle2D.Double r, double v) {
        return r.y + (1 - v) / 2 * r.height;
    }
}
