package org.coshape.gui;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;

/** Renders the console's windows side by side into one PNG (for tests and for the README). */
final class Screenshot {
    private Screenshot() {}

    static void write(List<JFrame> frames, Path file) throws IOException {
        BufferedImage[] shots = new BufferedImage[frames.size()];
        try {
            SwingUtilities.invokeAndWait(() -> {}); // let queued chart updates land
            SwingUtilities.invokeAndWait(() -> {
                for (int i = 0; i < frames.size(); i++) {
                    JFrame f = frames.get(i);
                    f.validate();
                    var pane = f.getContentPane();
                    BufferedImage img = new BufferedImage(
                            Math.max(1, pane.getWidth()), Math.max(1, pane.getHeight()), BufferedImage.TYPE_INT_RGB);
                    Graphics2D g = img.createGraphics();
                    g.setColor(Color.WHITE);
                    g.fillRect(0, 0, img.getWidth(), img.getHeight());
                    pane.paintAll(g);
                    g.dispose();
                    shots[i] = img;
                }
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while drawing", e);
        } catch (InvocationTargetException e) {
            throw new IOException("drawing failed: " + e.getCause(), e.getCause());
        }
        int width = 0;
        int height = 0;
        for (BufferedImage s : shots) {
            width += s.getWidth() + 10;
            height = Math.max(height, s.getHeight());
        }
        BufferedImage all = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = all.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        int x = 0;
        for (BufferedImage s : shots) {
            g.drawImage(s, x, 0, null);
            x += s.getWidth() + 10;
        }
        g.dispose();
        File out = file.toAbsolutePath().toFile();
        if (out.getParentFile() != null) {
            out.getParentFile().mkdirs();
        }
        ImageIO.write(all, "png", out);
    }
}
