package org.coshape.report;

import java.awt.Color;
import java.awt.Font;
import java.nio.file.Path;
import java.util.List;
import org.coshape.metrics.MetricLabels;
import org.coshape.scenario.ChartsSpec;
import org.coshape.scenario.Scenario;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.title.Title;

/**
 * The look every chart shares, from the scenario's {@code charts:} block and its formats: the
 * words for metrics (from {@link MetricLabels}, unless the scenario relabels them), parameters,
 * groups and policies; the size; the fonts; and whether a title is drawn. Chart classes build
 * their plot and hand it here to be finished and written, so that no chart differs in these.
 */
public record ChartStyle(ChartsSpec spec, List<String> formats) {
    /** Axis labels at scale 1, in points. */
    static final float AXIS_FONT = 11f;

    /** Tick labels, legend items and cell values at scale 1, in points. */
    static final float TICK_FONT = 9f;

    static final Color GRID = new Color(220, 220, 220);

    public ChartStyle {
        formats = List.copyOf(formats);
    }

    /** The scenario's style and formats. */
    public static ChartStyle of(Scenario s) {
        return new ChartStyle(s.charts(), s.output().charts());
    }

    /** The default style in {@code formats}. */
    public static ChartStyle plain(List<String> formats) {
        return new ChartStyle(ChartsSpec.defaults(), formats);
    }

    /** This style in other formats ({@code report --formats}). */
    public ChartStyle withFormats(List<String> other) {
        return new ChartStyle(spec, other);
    }

    /** Whether nothing is to be drawn. */
    public boolean none() {
        return formats.isEmpty();
    }

    /** The metrics a chart kind draws: the scenario's choice among {@code defaults}' kind, or the defaults. */
    public List<String> metrics(List<String> defaults) {
        return spec.metrics().isEmpty() ? defaults : spec.metrics();
    }

    /** A metric's name for a title or legend. */
    public String metric(String key) {
        return spec.labels().getOrDefault(key, MetricLabels.of(key).name());
    }

    /** A metric's axis label: its name and unit. */
    public String axis(String key) {
        String own = spec.labels().get(key);
        return own != null ? own : MetricLabels.of(key).axis();
    }

    /** A parameter's, group's or policy's words: the scenario's label, or the name itself. */
    public String name(String key) {
        return spec.labels().getOrDefault(key, key);
    }

    /** A font of {@code size} points at scale 1, scaled. */
    public Font font(float size, int style) {
        return new Font(Font.SANS_SERIF, style, Math.round(size * (float) spec.fontScale()));
    }

    /**
     * Finishes {@code chart} (title only when the scenario asks for titles, fonts, white
     * background) and writes it as {@code base}.<format> for each format.
     */
    public List<Path> write(JFreeChart chart, String title, Path base) {
        finish(chart, title);
        return ChartFiles.write(chart, base, formats, spec.width(), spec.height());
    }

    void finish(JFreeChart chart, String title) {
        chart.setBackgroundPaint(Color.WHITE);
        if (spec.titles()) {
            chart.setTitle(new TextTitle(title, font(AXIS_FONT + 2, Font.PLAIN)));
        } else {
            chart.setTitle((TextTitle) null);
        }
        Plot plot = chart.getPlot();
        plot.setBackgroundPaint(Color.WHITE);
        if (plot instanceof XYPlot xy) {
            xy.setDomainGridlinePaint(GRID);
            xy.setRangeGridlinePaint(GRID);
            for (int i = 0; i < xy.getDomainAxisCount(); i++) {
                axis(xy.getDomainAxis(i));
            }
            for (int i = 0; i < xy.getRangeAxisCount(); i++) {
                axis(xy.getRangeAxis(i));
            }
        } else if (plot instanceof CategoryPlot cat) {
            cat.setRangeGridlinePaint(GRID);
            axis(cat.getDomainAxis());
            axis(cat.getRangeAxis());
        }
        for (int i = 0; i < chart.getSubtitleCount(); i++) {
            Title t = chart.getSubtitle(i);
            if (t instanceof LegendTitle legend) {
                legend.setItemFont(font(TICK_FONT, Font.PLAIN));
            } else if (t instanceof PaintScaleLegend scale) {
                axis(scale.getAxis());
            } else if (t instanceof TextTitle text) {
                text.setFont(font(TICK_FONT, Font.PLAIN));
            }
        }
    }

    private void axis(Axis a) {
        if (a != null) {
            a.setLabelFont(font(AXIS_FONT, Font.PLAIN));
            a.setTickLabelFont(font(TICK_FONT, Font.PLAIN));
        }
    }
}
