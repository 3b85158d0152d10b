package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Font;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.coshape.scenario.ChartsSpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The look every chart shares: titles, words, sizes and colours from the scenario's charts block. */
class ChartStyleTest {
    @TempDir
    Path tmp;

    private static ChartStyle style(Map<String, String> labels, int width, double fontScale, boolean titles) {
        return new ChartStyle(new ChartsSpec(List.of(), labels, width, 200, fontScale, titles, false), List.of("png"));
    }

    private static JFreeChart chart() {
        XYSeries s = new XYSeries("a");
        s.add(0, 0);
        s.add(1, 1);
        return new JFreeChart(
                null,
                JFreeChart.DEFAULT_TITLE_FONT,
                new XYPlot(
                        new XYSeriesCollection(s),
                        new NumberAxis("x"),
                        new NumberAxis("y"),
                        new XYLineAndShapeRenderer()),
                true);
    }

    @Test
    void noTitleInTheImageUnlessAskedAndTheSizeIsTheScenarios() throws Exception {
        JFreeChart untitled = chart();
        List<Path> files = style(Map.of(), 300, 1, false).write(untitled, "a title", tmp.resolve("u"));
        assertNull(untitled.getTitle(), "the caption belongs to the paper");
        BufferedImage png = ImageIO.read(files.get(0).toFile());
        assertEquals(600, png.getWidth(), "PNG at twice the width in points");
        assertEquals(400, png.getHeight());
        JFreeChart titled = chart();
        style(Map.of(), 300, 1, true).write(titled, "a title", tmp.resolve("t"));
        assertEquals("a title", titled.getTitle().getText());
        assertTrue(Files.size(tmp.resolve("t.png")) > 0);
    }

    @Test
    void fontsScaleAndLabelsReplaceNames() {
        JFreeChart c = chart();
        ChartStyle big = style(Map.of("welfare", "Well-being", "ai.listening", "Listening"), 480, 2, false);
        big.finish(c, "t");
        Font axis = c.getXYPlot().getRangeAxis().getLabelFont();
        assertEquals(Math.round(ChartStyle.AXIS_FONT * 2), axis.getSize());
        assertEquals("Well-being", big.metric("welfare"));
        assertEquals("Well-being", big.axis("welfare"), "the scenario's words replace name and unit");
        assertEquals("Listening", big.name("ai.listening"));
        ChartStyle plain = ChartStyle.plain(List.of("png"));
        assertEquals("welfare", plain.metric("welfare"));
        assertEquals("AI-induced drift (RMS per dimension)", plain.axis("induced_drift"));
        assertEquals("some_column", plain.metric("some_column"), "an unknown key is shown as itself");
    }

    @Test
    void fortyLinesGetFortyDistinctColours() {
        Set<Color> seen = new HashSet<>();
        for (int i = 0; i < 40; i++) {
            seen.add(Palette.color(i));
        }
        assertEquals(40, seen.size());
        assertEquals(new Color(0, 114, 178), Palette.color(1), "Okabe-Ito first");
    }
}
