package org.coshape.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coshape.io.AtomicFiles;
import org.coshape.metrics.MetricLabels;
import org.coshape.results.ResultTables;
import org.coshape.scenario.ReportSpec;

/**
 * The report of a policy comparison, as {@code report.md} and a self-contained
 * {@code report.html} (charts embedded): the question, what ran, final metrics with 95%
 * intervals, paired differences against the reference policy, the "who benefits, who is
 * disadvantaged" table by group, the charts, and caveats. Built only from the result files and
 * the manifest, so {@code report DIR} reproduces it exactly.
 *
 * <p>Longer than 400 lines: the report's sections are written once each, in reading order, for
 * Markdown and HTML alike through one table model, so the two forms cannot diverge.
 */
public final class ComparisonReport {
    /** Metrics in the tables, in reading order. */
    public static final List<String> TABLE_METRICS = List.of(
            "welfare",
            "worst_group_welfare",
            "welfare_gini",
            "satisfaction",
            "satisfaction_gap",
            "own_value_gap",
            "alignment_gap",
            "value_drift",
            "lineage_drift",
            "induced_drift",
            "manufactured_satisfaction",
            "conformity_share",
            "designer_dominance",
            "movement_ai",
            "movement_social",
            "proxy_gap",
            "homogenization",
            "polarization",
            "bimodality",
            "effective_clusters",
            "trust",
            "unmet_need");
    /** Metrics charted over time. */
    public static final List<String> CHART_METRICS = List.of(
            "welfare",
            "own_value_gap",
            "value_drift",
            "induced_drift",
            "manufactured_satisfaction",
            "conformity_share",
            "trust");
    /** Metrics whose final values are charted per policy. */
    public static final List<String> FINAL_METRICS =
            List.of("welfare", "own_value_gap", "value_drift", "induced_drift", "conformity_share");
    /** The group outcomes of the who-benefits table, and whether more is better. */
    static final List<String> OUTCOMES = List.of("welfare", "own_value_gap", "value_drift", "unmet_need");

    /** What the report says about the run, from the manifest. */
    public record Meta(
            String name,
            String description,
            List<String> policies,
            Map<String, Map<String, String>> overrides,
            String reference,
            int replications,
            List<String> seeds,
            String version,
            String commit,
            String jvm,
            int threads,
            String start,
            List<String> uncertainties,
            Map<String, List<String>> uncertaintyLevels,
            ReportSpec report) {}

    /** A table rendered to Markdown and HTML alike. */
    record Table(List<String> header, List<List<String>> rows) {
        String markdown() {
            StringBuilder b = new StringBuilder("| " + String.join(" | ", header) + " |\n|");
            for (int i = 0; i < header.size(); i++) {
                b.append(i == 0 ? "---|" : "---:|");
            }
            b.append('\n');
            for (List<String> r : rows) {
                b.append("| ").append(String.join(" | ", r)).append(" |\n");
            }
            return b.toString();
        }

        String html() {
            StringBuilder b = new StringBuilder("<table><thead><tr>");
            header.forEach(h -> b.append("<th>").append(esc(h)).append("</th>"));
            b.append("</tr></thead><tbody>");
            for (List<String> r : rows) {
                b.append("<tr>");
                r.forEach(c -> b.append("<td>").append(esc(c)).append("</td>"));
                b.append("</tr>");
            }
            return b.append("</tbody></table>\n").toString();
        }
    }

    private ComparisonReport() {}

    static String fmt(double x) {
        if (Double.isNaN(x)) {
            return "n/a";
        }
        return Math.abs(x) >= 0.01 || x == 0
                ? String.format(Locale.ROOT, "%.3f", x)
                : String.format(Locale.ROOT, "%.2e", x);
    }

    static String ci(Interval i) {
        if (Double.isNaN(i.mean())) {
            return "n/a";
        }
        return Double.isNaN(i.low()) ? fmt(i.mean()) : fmt(i.mean()) + " [" + fmt(i.low()) + ", " + fmt(i.high()) + "]";
    }

    static Table finals(ComparisonData data, String group) {
        List<String> header = new ArrayList<>(List.of("metric"));
        header.addAll(data.policies());
        List<List<String>> rows = new ArrayList<>();
        for (String m : TABLE_METRICS) {
            List<String> row = new ArrayList<>(List.of(m));
            for (String p : data.policies()) {
                row.add(ci(bounded(data.finals(p, group, m), m)));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** The mean and 95% interval of a metric's final values, kept inside the metric's range. */
    static Interval bounded(double[] values, String metric) {
        MetricLabels.Label l = MetricLabels.of(metric);
        return Interval.of(values, l.min(), l.max());
    }

    static Table differences(ComparisonData data, String reference, Significance sig) {
        List<String> header = new ArrayList<>(List.of("metric"));
        data.policies().stream().filter(p -> !p.equals(reference)).forEach(p -> header.add(p + " − " + reference));
        List<List<String>> rows = new ArrayList<>();
        for (String m : TABLE_METRICS) {
            List<String> row = new ArrayList<>(List.of(m));
            for (String p : data.policies()) {
                if (p.equals(reference)) {
                    continue;
                }
                Interval d = Interval.paired(data.finals(p, "all", m), data.finals(reference, "all", m));
                row.add(ci(d) + (d.n() >= 2 && !sig.shown(p, "all", m) ? " †" : ""));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** One group's outcome under a policy, against the reference: a difference per outcome. */
    record GroupOutcome(String group, List<String> metrics, List<Interval> diffs) {
        Interval of(String metric) {
            return diffs.get(metrics.indexOf(metric));
        }
    }

    /** The outcomes of the who-benefits table: the verdict metrics first, then the other outcomes. */
    static List<String> outcomes(ReportSpec report) {
        List<String> out = new ArrayList<>(report.verdict());
        OUTCOMES.stream().filter(m -> !out.contains(m)).forEach(out::add);
        return out;
    }

    static List<GroupOutcome> whoBenefits(ComparisonData data, String reference, String policy, ReportSpec report) {
        List<String> metrics = outcomes(report);
        String first = report.verdict().get(0);
        int better = MetricLabels.of(first).better();
        List<GroupOutcome> out = new ArrayList<>();
        for (String g : data.groups()) {
            if (g.equals("all")) {
                continue;
            }
            List<Interval> d = new ArrayList<>();
            for (String m : metrics) {
                d.add(Interval.paired(data.finals(policy, g, m), data.finals(reference, g, m)));
            }
            out.add(new GroupOutcome(g, metrics, d));
        }
        // best off first, by the first verdict metric in its better direction
        out.sort(Comparator.comparingDouble(
                (GroupOutcome o) -> -nanLow(better * o.of(first).mean())));
        return out;
    }

    private static double nanLow(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
    }

    /**
     * A group's verdict from the verdict metrics: it benefits when every one differs in its
     * better direction (shown at 95%, Holm-adjusted when asked), is disadvantaged when every one
     * differs in its worse direction, gets a mixed verdict when they disagree, and no verdict
     * otherwise.
     */
    static String verdict(GroupOutcome o, String policy, ReportSpec report, Significance sig) {
        int better = 0;
        int worse = 0;
        for (String m : report.verdict()) {
            Interval d = o.of(m);
            if (d.n() < 2 || Double.isNaN(d.low())) {
                return "too few replications to say";
            }
            if (sig.shown(policy, o.group(), m)) {
                if (d.mean() * MetricLabels.of(m).better() > 0) {
                    better++;
                } else {
                    worse++;
                }
            }
        }
        int all = report.verdict().size();
        if (better == all) {
            return "benefits";
        }
        if (worse == all) {
            return "is disadvantaged";
        }
        if (better > 0 && worse > 0) {
            return "mixed: better in " + better + ", worse in " + worse + " of " + all;
        }
        return "no clear difference in " + String.join(", ", report.verdict());
    }

    static Table whoBenefitsTable(
            ComparisonData data, String reference, String policy, ReportSpec report, Significance sig) {
        List<String> header = new ArrayList<>(List.of("group", "verdict"));
        outcomes(report).forEach(m -> header.add(m + " Δ"));
        List<List<String>> rows = new ArrayList<>();
        for (GroupOutcome o : whoBenefits(data, reference, policy, report)) {
            List<String> row = new ArrayList<>(List.of(o.group(), verdict(o, policy, report, sig)));
            for (int k = 0; k < o.metrics().size(); k++) {
                Interval i = o.diffs().get(k);
                row.add(ci(i)
                        + (i.n() >= 2
                                        && !sig.shown(
                                                policy, o.group(), o.metrics().get(k))
                                ? " †"
                                : ""));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    static String sentence(ComparisonData data, String reference, String policy, ReportSpec report, Significance sig) {
        String first = report.verdict().get(0);
        List<String> parts = new ArrayList<>();
        for (GroupOutcome o : whoBenefits(data, reference, policy, report)) {
            parts.add(o.group() + ": " + first + " " + signed(o.of(first)) + " (" + verdict(o, policy, report, sig)
                    + ")");
        }
        return "Choosing **" + policy + "** over **" + reference + "**: " + String.join("; ", parts) + ".";
    }

    static String signed(Interval i) {
        if (Double.isNaN(i.mean())) {
            return "n/a";
        }
        String m = (i.mean() >= 0 ? "+" : "") + fmt(i.mean());
        return Double.isNaN(i.low()) ? m : m + " [" + fmt(i.low()) + ", " + fmt(i.high()) + "]";
    }

    /**
     * Every statistic of the report at full precision (round-trip doubles), for checking and
     * further analysis: per policy, group and metric the mean and 95% interval of the final
     * values (kept inside the metric's range, as the tables show it), the paired difference
     * against the reference, and then the plain t-interval of the final values and the paired
     * difference's two-sided t-test p-value (unadjusted).
     */
    static String statisticsCsv(ComparisonData data, String reference) {
        StringBuilder b = new StringBuilder(
                "policy,group,metric,n,mean,low,high,reference,diff_n,diff_mean,diff_low,diff_high,t_low,t_high,"
                        + "diff_p\n");
        for (String p : data.policies()) {
            for (String g : data.groups()) {
                for (String m : data.metrics()) {
                    Interval t = Interval.of(data.finals(p, g, m));
                    Interval i = bounded(data.finals(p, g, m), m);
                    Interval d = Interval.paired(data.finals(p, g, m), data.finals(reference, g, m));
                    b.append(ResultTables.csv(p))
                            .append(',')
                            .append(g)
                            .append(',')
                            .append(m)
                            .append(',')
                            .append(i.n())
                            .append(',')
                            .append(exact(i.mean()))
                            .append(',')
                            .append(exact(i.low()))
                            .append(',')
                            .append(exact(i.high()))
                            .append(',')
                            .append(ResultTables.csv(reference))
                            .append(',')
                            .append(d.n())
                            .append(',')
                            .append(exact(d.mean()))
                            .append(',')
                            .append(exact(d.low()))
                            .append(',')
                            .append(exact(d.high()))
                            .append(',')
                            .append(exact(t.low()))
                            .append(',')
                            .append(exact(t.high()))
                            .append(',')
                            .append(exact(d.pValue()))
                            .append('\n');
                }
            }
        }
        return b.toString();
    }

    /** A round-trip double, or an empty cell when undefined. */
    static String exact(double x) {
        return Double.isFinite(x) ? Double.toString(x) : "";
    }

    /** Draws the charts into {@code dir/charts} and writes report.md, report.html and comparison.csv. */
    public static List<Path> write(Path dir, ComparisonData data, Meta meta, ChartStyle style) {
        Path charts = dir.resolve("charts");
        List<String> fmts = new ArrayList<>(style.formats());
        if (!fmts.contains("png")) {
            fmts.add(0, "png"); // the HTML embeds PNGs
        }
        ChartStyle drawn = style.withFormats(fmts);
        List<Path> files = new ArrayList<>();
        List<String[]> figures = new ArrayList<>();
        for (String m : style.metrics(CHART_METRICS)) {
            files.addAll(ComparisonCharts.timeSeries(data, m, charts.resolve("compare_" + m + "_time"), drawn));
            figures.add(new String[] {
                "compare_" + m + "_time", style.metric(m) + " over time, mean and 95% band across replicates"
            });
        }
        for (String m : style.metrics(FINAL_METRICS)) {
            files.addAll(ComparisonCharts.finals(data, m, "all", charts.resolve("compare_" + m + "_final"), drawn));
            figures.add(
                    new String[] {"compare_" + m + "_final", "final " + style.metric(m) + " by policy, mean and 95% CI"
                    });
        }
        for (String p : data.policies()) {
            if (!p.equals(meta.reference())) {
                String base = "compare_diff_" + p.replaceAll("[^A-Za-z0-9._-]", "_");
                files.addAll(ComparisonCharts.differenceHeatmap(
                        data, meta.reference(), p, OUTCOMES, charts.resolve(base), drawn));
                figures.add(new String[] {base, "paired differences " + p + " − " + meta.reference() + " by group"});
            }
        }
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(meta.name()))
                .append(" — coshape comparison</title><style>body{font-family:sans-serif;"
                        + "max-width:1100px;margin:2em auto;padding:0"
                        + " 1em;line-height:1.45}table{border-collapse:collapse;"
                        + "margin:1em 0;font-size:.9em}td,th{border:1px solid"
                        + " #ccc;padding:.25em .5em;text-align:right}"
                        + "td:first-child,th:first-child{text-align:le"
                        + "ft}img{max-width:100%;border:1px solid #eee}"
                        + "blockquote{color:#444;border-left:4px solid"
                        + " #ccc;margin:0;padding-left:1em}</style></head><body>\n");
        String title = meta.name() + ": policy comparison";
        md.append("# ").append(title).append("\n\n");
        html.append("<h1>").append(esc(title)).append("</h1>\n");
        String question = meta.description() == null || meta.description().isBlank()
                ? "(no description)"
                : meta.description().trim();
        md.append("> ").append(question.replace("\n", " ")).append("\n\n");
        html.append("<blockquote>").append(esc(question)).append("</blockquote>\n");

        md.append("## What ran\n\n");
        html.append("<h2>What ran</h2><ul>");
        List<String> ran = new ArrayList<>();
        for (String p : meta.policies()) {
            Map<String, String> o = meta.overrides().getOrDefault(p, Map.of());
            ran.add("policy **" + p + "**" + (p.equals(meta.reference()) ? " (reference)" : "") + ": "
                    + (o.isEmpty()
                            ? "the base scenario"
                            : String.join(
                                    ", ",
                                    o.entrySet().stream()
                                            .map(e -> e.getKey() + "=" + e.getValue())
                                            .toList())));
        }
        ran.add(Counts.of(meta.replications(), "replication")
                + " per policy; replicate r uses the same seed under every policy"
                + " (common random numbers: the same people, network and draws), so differences are paired by seed");
        if (!meta.uncertainties().isEmpty()) {
            ran.add("the tables below are the scenario as written; the robustness section adds "
                    + data.samples().size() + " sampled scenarios over " + String.join("; ", meta.uncertainties()));
        }
        ran.add("seeds: " + String.join(", ", meta.seeds()));
        ran.add("coshape " + meta.version() + (meta.commit() == null ? "" : " (commit " + meta.commit() + ")") + ", "
                + meta.jvm() + ", " + meta.threads() + " threads, started " + meta.start());
        for (String r : ran) {
            md.append("- ").append(r).append('\n');
            html.append("<li>")
                    .append(esc(r).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</li>");
        }
        md.append('\n');
        html.append("</ul>\n");

        ReportSpec spec = meta.report();
        Significance sig = new Significance(data, meta.reference(), spec);
        section(md, html, "Final metrics, whole population: mean [95% CI]", finals(data, "all"));
        section(
                md,
                html,
                "Differences against " + meta.reference() + ", paired by seed: mean [95% CI]",
                differences(data, meta.reference(), sig));
        String dagger = spec.multiplicity() == ReportSpec.Multiplicity.HOLM
                ? "† not shown to differ from zero once the " + sig.size() + " paired differences of this report are"
                        + " adjusted together (Holm; family-wise error 5%, report.multiplicity: holm). The intervals"
                        + " themselves are unadjusted 95% intervals."
                : "† the 95% interval crosses zero: no difference shown at this number of replications. This report"
                        + " shows " + sig.size() + " paired differences, each at 95% on its own: about "
                        + Math.round(sig.size() * 0.05) + " of them would exclude zero by chance alone if no policy"
                        + " changed anything (set report.multiplicity: holm for a family-wise 5%).";
        md.append(dagger).append("\n\n");
        html.append("<p>").append(esc(dagger)).append("</p>\n");

        md.append("## Who benefits, who is disadvantaged\n\n");
        html.append("<h2>Who benefits, who is disadvantaged</h2>\n");
        String intro = "Each group's outcome under a policy minus its outcome under " + meta.reference()
                + ", paired by seed, best-off group first. The verdict rests on " + String.join(", ", spec.verdict())
                + " (report.verdict): a group benefits when every one of them differs in its better direction, is"
                + " disadvantaged when every one differs in its worse direction. Welfare is judged against people's"
                + " own (endorsed) values: higher is better; a lower own_value_gap means answers closer to what"
                + " people endorse; value_drift measures how far people were moved from their own values; unmet_need"
                + " is the share of people whose every request was refused.";
        md.append(intro).append("\n\n");
        html.append("<p>").append(esc(intro)).append("</p>\n");
        for (String p : data.policies()) {
            if (p.equals(meta.reference())) {
                continue;
            }
            String s = sentence(data, meta.reference(), p, spec, sig);
            md.append("### ")
                    .append(p)
                    .append(" vs ")
                    .append(meta.reference())
                    .append("\n\n")
                    .append(s)
                    .append("\n\n")
                    .append(whoBenefitsTable(data, meta.reference(), p, spec, sig)
                            .markdown())
                    .append('\n');
            html.append("<h3>")
                    .append(esc(p + " vs " + meta.reference()))
                    .append("</h3><p>")
                    .append(esc(s).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</p>")
                    .append(whoBenefitsTable(data, meta.reference(), p, spec, sig)
                            .html());
        }
        for (String g : data.groups()) {
            if (!g.equals("all")) {
                section(md, html, "Final metrics, group " + g + ": mean [95% CI]", finals(data, g));
            }
        }
        if (!data.samples().isEmpty()) {
            Robustness.Space space = Robustness.space(data, meta.uncertaintyLevels());
            List<Robustness.Finding> findings = Robustness.of(data, space);
            RobustnessReport.Section r = RobustnessReport.write(findings, space, meta, data.policies(), charts, drawn);
            md.append(r.markdown());
            html.append(r.html());
            files.addAll(r.files());
            figures.addAll(r.figures());
            AtomicFiles.writeString(dir.resolve("robustness.csv"), Robustness.csv(findings, space));
        }

        Table advice = replications(data, meta.reference(), spec);
        String advisor = "The paired differences of the whole population above have 95% intervals as wide as"
                + " their standard deviation across replications allows. Planning from these runs as a pilot"
                + " (the smallest n with t(0.975, n - 1) s / sqrt(n) <= h, for the largest s over the policies),"
                + " the replications each metric needs for a half-width of " + fmt(spec.halfWidth())
                + " (report.half_width), and those that would tell the smallest policy difference from zero with"
                + " room to spare (half-width |mean difference| / 2), against the " + meta.replications()
                + " that ran. The half-width is in each metric's unit: choose it for the metrics the question is"
                + " about.";
        md.append("## Replications needed\n\n")
                .append(advisor)
                .append("\n\n")
                .append(advice.markdown())
                .append('\n');
        html.append("<h2>Replications needed</h2><p>")
                .append(esc(advisor))
                .append("</p>\n")
                .append(advice.html());
        section(md, html, "Metrics in this report", glossary());

        md.append("## Charts\n\n");
        html.append("<h2>Charts</h2>\n");
        for (String[] f : figures) {
            md.append("![")
                    .append(f[1])
                    .append("](charts/")
                    .append(f[0])
                    .append(".png)\n\n*")
                    .append(f[1])
                    .append(".*\n\n");
            html.append("<figure><img alt=\"")
                    .append(esc(f[1]))
                    .append("\" src=\"data:image/png;base64,")
                    .append(base64(charts.resolve(f[0] + ".png")))
                    .append("\"><figcaption>")
                    .append(esc(f[1]))
                    .append("</figcaption></figure>\n");
        }

        String caveats = (meta.replications() < 2
                        ? "With one replication there are no intervals (each cell is"
                                + " one run's value, and no difference can be told from chance): set"
                                + " replications to 2 or more, 5"
                                + " or more for useful intervals. "
                        : "")
                + "Intervals are Student-t intervals over " + Counts.of(meta.replications(), "replication") + " (paired"
                + " differences over replicates sharing a seed); with few replications they are wide, and they assume"
                + " replicate means are roughly normal. Results describe this model under these parameters, not the"
                + " world: see sim/ODD.md for every mechanism and metric definition. 'n/a' marks undefined values"
                + " (for example induced_drift without metrics.baseline, or interaction metrics without an AI).";
        md.append("## Caveats\n\n").append(caveats).append('\n');
        html.append("<h2>Caveats</h2><p>").append(esc(caveats)).append("</p>\n</body></html>\n");
        AtomicFiles.writeString(dir.resolve("comparison.csv"), statisticsCsv(data, meta.reference()));
        AtomicFiles.writeString(dir.resolve("report.md"), md.toString());
        AtomicFiles.writeString(dir.resolve("report.html"), html.toString());
        files.add(dir.resolve("report.md"));
        files.add(dir.resolve("report.html"));
        return files;
    }

    /**
     * Per table metric: the largest sd of the paired differences over the policies, the
     * replications that sd needs for the chosen half-width, and those that would tell the smallest
     * mean difference from zero with room to spare (half-width |mean| / 2, at that policy's sd).
     */
    static Table replications(ComparisonData data, String reference, ReportSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : TABLE_METRICS) {
            double sd = Double.NaN;
            int resolve = -1;
            double smallest = Double.POSITIVE_INFINITY;
            for (String p : data.policies()) {
                if (!p.equals(reference)) {
                    double[] a = data.finals(p, "all", m);
                    double[] b = data.finals(reference, "all", m);
                    double[] d = new double[Math.min(a.length, b.length)];
                    for (int r = 0; r < d.length; r++) {
                        d[r] = a[r] - b[r];
                    }
                    double s = ReplicationAdvisor.sd(d);
                    double mean = Interval.of(d).mean();
                    sd = Double.isNaN(sd) || s > sd ? s : sd;
                    if (!Double.isNaN(s) && Math.abs(mean) < smallest) {
                        smallest = Math.abs(mean);
                        resolve = mean == 0 ? -1 : ReplicationAdvisor.needed(s, Math.abs(mean) / 2);
                    }
                }
            }
            if (!Double.isNaN(sd)) {
                rows.add(List.of(
                        m,
                        fmt(sd),
                        ReplicationAdvisor.words(ReplicationAdvisor.needed(sd, spec.halfWidth())),
                        resolve < 0 ? "n/a" : ReplicationAdvisor.words(resolve)));
            }
        }
        return new Table(
                List.of(
                        "metric",
                        "sd of paired differences",
                        "replications for half-width " + fmt(spec.halfWidth()),
                        "replications to tell the smallest difference from 0"),
                rows);
    }

    /** Every table metric with its name, unit and better direction. */
    static Table glossary() {
        List<List<String>> rows = new ArrayList<>();
        for (String m : TABLE_METRICS) {
            MetricLabels.Label l = MetricLabels.of(m);
            rows.add(List.of(
                    m,
                    l.name(),
                    l.unit().isEmpty() ? "–" : l.unit(),
                    l.betterWords().isEmpty() ? "descriptive" : l.betterWords()));
        }
        return new Table(List.of("metric", "name", "unit", "direction"), rows);
    }

    private static void section(StringBuilder md, StringBuilder html, String title, Table t) {
        md.append("## ").append(title).append("\n\n").append(t.markdown()).append('\n');
        html.append("<h2>").append(esc(title)).append("</h2>\n").append(t.html());
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
