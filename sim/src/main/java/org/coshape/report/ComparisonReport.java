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
import org.coshape.results.ResultTables;

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
            Map<String, List<String>> uncertaintyLevels) {}

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
                row.add(ci(Interval.of(data.finals(p, group, m))));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    static Table differences(ComparisonData data, String reference) {
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
                row.add(ci(d) + (d.n() >= 2 && d.crossesZero() ? " †" : ""));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** One group's outcome under a policy, against the reference. */
    record GroupOutcome(String group, List<Interval> diffs) {}

    static List<GroupOutcome> whoBenefits(ComparisonData data, String reference, String policy) {
        List<GroupOutcome> out = new ArrayList<>();
        for (String g : data.groups()) {
            if (g.equals("all")) {
                continue;
            }
            List<Interval> d = new ArrayList<>();
            for (String m : OUTCOMES) {
                d.add(Interval.paired(data.finals(policy, g, m), data.finals(reference, g, m)));
            }
            out.add(new GroupOutcome(g, d));
        }
        out.sort(Comparator.comparingDouble(
                (GroupOutcome o) -> -nanLow(o.diffs().get(0).mean())));
        return out;
    }

    private static double nanLow(double x) {
        return Double.isNaN(x) ? Double.NEGATIVE_INFINITY : x;
    }

    static String verdict(Interval welfare) {
        if (welfare.n() < 2 || Double.isNaN(welfare.low())) {
            return "too few replications to say";
        }
        if (welfare.crossesZero()) {
            return "no clear difference in welfare";
        }
        return welfare.mean() > 0 ? "benefits" : "is disadvantaged";
    }

    static Table whoBenefitsTable(ComparisonData data, String reference, String policy) {
        List<String> header =
                List.of("group", "verdict", "welfare Δ", "own_value_gap Δ", "value_drift Δ", "unmet_need Δ");
        List<List<String>> rows = new ArrayList<>();
        for (GroupOutcome o : whoBenefits(data, reference, policy)) {
            List<String> row =
                    new ArrayList<>(List.of(o.group(), verdict(o.diffs().get(0))));
            o.diffs().forEach(i -> row.add(ci(i)));
            rows.add(row);
        }
        return new Table(header, rows);
    }

    static String sentence(ComparisonData data, String reference, String policy) {
        List<String> parts = new ArrayList<>();
        for (GroupOutcome o : whoBenefits(data, reference, policy)) {
            parts.add(o.group() + ": welfare " + signed(o.diffs().get(0)) + " ("
                    + verdict(o.diffs().get(0)) + ")");
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
     * values, and the paired difference against the reference.
     */
    static String statisticsCsv(ComparisonData data, String reference) {
        StringBuilder b = new StringBuilder(
                "policy,group,metric,n,mean,low,high,reference,diff_n,diff_mean,diff_low," + "diff_high\n");
        for (String p : data.policies()) {
            for (String g : data.groups()) {
                for (String m : data.metrics()) {
                    Interval i = Interval.of(data.finals(p, g, m));
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
    public static List<Path> write(Path dir, ComparisonData data, Meta meta, List<String> formats) {
        Path charts = dir.resolve("charts");
        List<String> fmts = new ArrayList<>(formats);
        if (!fmts.contains("png")) {
            fmts.add(0, "png"); // the HTML embeds PNGs
        }
        List<Path> files = new ArrayList<>();
        List<String[]> figures = new ArrayList<>();
        for (String m : CHART_METRICS) {
            files.addAll(ComparisonCharts.timeSeries(data, m, charts.resolve("compare_" + m + "_time"), fmts));
            figures.add(new String[] {"compare_" + m + "_time", m + " over time, mean and 95% band across replicates"});
        }
        for (String m : List.of("welfare", "own_value_gap", "value_drift", "conformity_share")) {
            files.addAll(ComparisonCharts.finals(data, m, "all", charts.resolve("compare_" + m + "_final"), fmts));
            figures.add(new String[] {"compare_" + m + "_final", "final " + m + " by policy, mean ± 95% CI"});
        }
        for (String p : data.policies()) {
            if (!p.equals(meta.reference())) {
                String base = "compare_diff_" + p.replaceAll("[^A-Za-z0-9._-]", "_");
                files.addAll(ComparisonCharts.differenceHeatmap(
                        data, meta.reference(), p, OUTCOMES, charts.resolve(base), fmts));
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

        section(md, html, "Final metrics, whole population: mean [95% CI]", finals(data, "all"));
        section(
                md,
                html,
                "Differences against " + meta.reference() + ", paired by seed: mean [95% CI]",
                differences(data, meta.reference()));
        String dagger = "† the 95% interval crosses zero: no difference shown at this number of replications.";
        md.append(dagger).append("\n\n");
        html.append("<p>").append(esc(dagger)).append("</p>\n");

        md.append("## Who benefits, who is disadvantaged\n\n");
        html.append("<h2>Who benefits, who is disadvantaged</h2>\n");
        String intro = "Each group's outcome under a policy minus its outcome under " + meta.reference()
                + ", paired by seed, groups sorted by welfare difference. Welfare is judged against people's own"
                + " (endorsed) values: higher is better; a lower own_value_gap means answers closer to what people"
                + " endorse; value_drift measures how far people were moved from their own values; unmet_need is the"
                + " share of people whose every request was refused.";
        md.append(intro).append("\n\n");
        html.append("<p>").append(esc(intro)).append("</p>\n");
        for (String p : data.policies()) {
            if (p.equals(meta.reference())) {
                continue;
            }
            String s = sentence(data, meta.reference(), p);
            md.append("### ")
                    .append(p)
                    .append(" vs ")
                    .append(meta.reference())
                    .append("\n\n")
                    .append(s)
                    .append("\n\n")
                    .append(whoBenefitsTable(data, meta.reference(), p).markdown())
                    .append('\n');
            html.append("<h3>")
                    .append(esc(p + " vs " + meta.reference()))
                    .append("</h3><p>")
                    .append(esc(s).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</p>")
                    .append(whoBenefitsTable(data, meta.reference(), p).html());
        }
        for (String g : data.groups()) {
            if (!g.equals("all")) {
                section(md, html, "Final metrics, group " + g + ": mean [95% CI]", finals(data, g));
            }
        }
        if (!data.samples().isEmpty()) {
            Robustness.Space space = Robustness.space(data, meta.uncertaintyLevels());
            List<Robustness.Finding> findings = Robustness.of(data, space);
            RobustnessReport.Section r = RobustnessReport.write(findings, space, meta, data.policies(), charts, fmts);
            md.append(r.markdown());
            html.append(r.html());
            files.addAll(r.files());
            figures.addAll(r.figures());
            AtomicFiles.writeString(dir.resolve("robustness.csv"), Robustness.csv(findings, space));
        }

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
