package org.coshape.report;

import java.awt.Color;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.coshape.experiment.Prim;
import org.coshape.scenario.PolicySpec;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The robustness section of a comparison report: which verdicts hold across the uncertainty
 * ensemble, which flip and where, one table and one chart per policy pair. Built from
 * {@link Robustness} findings; written for Markdown and HTML alike through the report's table.
 */
final class RobustnessReport {
    /** Better, not distinguishable, worse: bluish green, grey, vermillion (Okabe-Ito, with a neutral grey). */
    static final Color[] SHARE_COLOURS = {new Color(0, 158, 115), new Color(200, 200, 200), new Color(213, 94, 0)};

    private RobustnessReport() {}

    /** The section's Markdown and HTML, and the charts it shows (written to {@code charts}). */
    record Section(String markdown, String html, List<String[]> figures, List<Path> files) {}

    static Section write(
            List<Robustness.Finding> findings,
            Robustness.Space space,
            ComparisonReport.Meta meta,
            List<String> policies,
            Path charts,
            ChartStyle style) {
        StringBuilder md = new StringBuilder("## Robustness across the assumptions\n\n");
        StringBuilder html = new StringBuilder("<h2>Robustness across the assumptions</h2>\n");
        String intro = "Every policy also ran on " + space.samples().size() + " scenarios sampled by a Latin hypercube"
                + " over the uncertain assumptions (" + String.join("; ", meta.uncertainties()) + "), "
                + Counts.of(meta.replications(), "replication") + " each, on the same seeds under every policy. On each"
                + " sample the paired difference over the replications has a 95% interval: a policy is better there"
                + " when the interval lies on the better side of zero (higher welfare, lower gaps, drift and"
                + " inequality), worse when it lies on the other, and not distinguishable otherwise. A verdict is"
                + " robust when it holds on at least " + pct(Robustness.ROBUST) + " of the samples and the opposite"
                + " on at most " + pct(Robustness.STRAY) + " (a sample's interval points the wrong way by chance"
                + " about 2.5% of the time); it flips when both directions hold on more than "
                + pct(Robustness.STRAY) + ". Where a direction holds on part of the ensemble, PRIM (Friedman and"
                + " Fisher 1999) names the region where it does: coverage is the share of those samples inside"
                + " the region, density the share of the region's samples where it holds. robustness.csv has"
                + " every pair, group and outcome.";
        md.append(intro).append("\n\n");
        html.append("<p>").append(ComparisonTables.esc(intro)).append("</p>\n");

        List<String> robust = new ArrayList<>();
        List<String> flips = new ArrayList<>();
        for (Robustness.Finding f : findings) {
            String who = "**" + f.policy() + "** vs **" + f.other() + "**, " + f.metric() + " (" + f.group() + ")";
            if (f.verdict() == Robustness.Verdict.ROBUSTLY_BETTER || f.verdict() == Robustness.Verdict.ROBUSTLY_WORSE) {
                robust.add(who + ": " + f.verdict().words + " on "
                        + pct(f.verdict() == Robustness.Verdict.ROBUSTLY_BETTER ? f.better() : f.worse())
                        + " of the samples");
            } else if (f.verdict() == Robustness.Verdict.FLIPS) {
                flips.add(who + ": better on " + pct(f.better()) + where(f.whereBetter(), space) + "; worse on "
                        + pct(f.worse()) + where(f.whereWorse(), space));
            }
        }
        list(md, html, "Robust verdicts", robust, "No verdict holds across the ensemble.");
        list(md, html, "Verdicts that flip, and where", flips, "No verdict flips across the ensemble.");

        List<String[]> figures = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (int a = 0; a < policies.size(); a++) {
            for (int b = a + 1; b < policies.size(); b++) {
                String p = policies.get(a);
                String q = policies.get(b);
                List<Robustness.Finding> pair = findings.stream()
                        .filter(f -> f.policy().equals(p) && f.other().equals(q))
                        .toList();
                ComparisonTables.Table t = table(pair);
                md.append("### ")
                        .append(p)
                        .append(" vs ")
                        .append(q)
                        .append("\n\n")
                        .append(t.markdown())
                        .append('\n');
                html.append("<h3>")
                        .append(ComparisonTables.esc(p + " vs " + q))
                        .append("</h3>\n")
                        .append(t.html());
                String base = "robustness_" + PolicySpec.fileName(p) + "_vs_" + PolicySpec.fileName(q);
                files.addAll(chart(pair, p + " vs " + q, charts.resolve(base), style));
                figures.add(new String[] {
                    base,
                    "share of the samples where " + p + " is better, not distinguishable" + " or worse than " + q
                            + ", by outcome and group"
                });
            }
        }
        return new Section(md.toString(), html.toString(), figures, files);
    }

    private static String where(Prim.Box b, Robustness.Space space) {
        if (b == null) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                " (where %s: coverage %.2f, density %.2f)",
                Robustness.describe(b, space),
                b.coverage(),
                b.density());
    }

    private static void list(StringBuilder md, StringBuilder html, String title, List<String> items, String none) {
        md.append("### ").append(title).append("\n\n");
        html.append("<h3>").append(ComparisonTables.esc(title)).append("</h3><ul>");
        if (items.isEmpty()) {
            md.append(none).append("\n\n");
            html.append("</ul><p>").append(ComparisonTables.esc(none)).append("</p>\n");
            return;
        }
        for (String i : items) {
            md.append("- ").append(i).append('\n');
            html.append("<li>")
                    .append(ComparisonTables.esc(i).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</li>");
        }
        md.append('\n');
        html.append("</ul>\n");
    }

    /** Rows: outcome and group; cells: shares better / worse and the verdict. */
    static ComparisonTables.Table table(List<Robustness.Finding> pair) {
        List<String> header = List.of("outcome", "group", "better", "worse", "verdict");
        List<List<String>> rows = new ArrayList<>();
        for (Robustness.Finding f : pair) {
            rows.add(List.of(f.metric(), f.group(), pct(f.better()), pct(f.worse()), f.verdict().words));
        }
        return new ComparisonTables.Table(header, rows);
    }

    static List<Path> chart(List<Robustness.Finding> pair, String title, Path base, ChartStyle style) {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (Robustness.Finding f : pair) {
            String c = style.metric(f.metric()) + " (" + style.name(f.group()) + ")";
            ds.addValue(nz(f.better()), "better", c);
            ds.addValue(nz(f.indistinguishable()), "not distinguishable", c);
            ds.addValue(nz(f.worse()), "worse", c);
        }
        StackedBarRenderer r = new StackedBarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        for (int i = 0; i < SHARE_COLOURS.length; i++) {
            r.setSeriesPaint(i, SHARE_COLOURS[i]);
        }
        NumberAxis share = new NumberAxis("share of the samples");
        share.setRange(0, 1);
        CategoryAxis outcomes = new CategoryAxis(null);
        outcomes.setMaximumCategoryLabelWidthRatio(0.45f);
        CategoryPlot plot = new CategoryPlot(ds, outcomes, share, r);
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        return style.write(chart, title + ": across the assumptions", base);
    }

    private static double nz(double x) {
        return Double.isNaN(x) ? 0 : x;
    }

    static String pct(double x) {
        return Double.isNaN(x) ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * x);
    }
}
