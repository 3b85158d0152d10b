package org.coshape.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.coshape.io.AtomicFiles;
import org.coshape.scenario.PolicySpec;
import org.coshape.scenario.ReportSpec;

/**
 * The report of a policy comparison, as {@code report.md} and a self-contained
 * {@code report.html} (charts embedded): the question, what ran, final metrics with 95%
 * intervals, paired differences against the reference policy, the "who benefits, who is
 * disadvantaged" table by group, the charts, and caveats. Built only from the result files and
 * the manifest, so {@code report DIR} reproduces it exactly. The tables and their statistics are
 * {@link ComparisonTables}'; this class puts them in reading order with the charts.
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
            "unmet_need",
            "non_users",
            "churn",
            "assistant_diversity",
            "sorting");
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
            ReportSpec report,
            List<String> assistants) {}

    private ComparisonReport() {}

    /** Who benefits by assistant, when the policies ran more than one. */
    private static void byAssistant(Path dir, ComparisonData data, Meta meta, StringBuilder md, StringBuilder html) {
        AssistantOutcomes a = AssistantOutcomes.read(dir, data);
        if (a == null || a.assistants() < 2) {
            return;
        }
        String intro = "Who benefits, by assistant: each assistant's final share of everyone, and the mean welfare,"
                + " satisfaction and trust its answers earned over the last window, mean [95% CI] over"
                + " replications (n/a: no one used it).";
        md.append(intro).append("\n\n");
        html.append("<p>").append(ComparisonTables.esc(intro)).append("</p>\n");
        for (String q : AssistantOutcomes.QUANTITIES) {
            section(md, html, "By assistant: " + q + ", mean [95% CI]", a.table(q, data.policies(), meta.assistants()));
        }
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
                String base = "compare_diff_" + PolicySpec.fileName(p);
                files.addAll(ComparisonCharts.differenceHeatmap(
                        data, meta.reference(), p, ComparisonTables.OUTCOMES, charts.resolve(base), drawn));
                figures.add(new String[] {base, "paired differences " + p + " − " + meta.reference() + " by group"});
            }
        }
        StringBuilder md = new StringBuilder();
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(ComparisonTables.esc(meta.name()))
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
        html.append("<h1>").append(ComparisonTables.esc(title)).append("</h1>\n");
        String question = meta.description() == null || meta.description().isBlank()
                ? "(no description)"
                : meta.description().trim();
        md.append("> ").append(question.replace("\n", " ")).append("\n\n");
        html.append("<blockquote>").append(ComparisonTables.esc(question)).append("</blockquote>\n");

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
                    .append(ComparisonTables.esc(r).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</li>");
        }
        md.append('\n');
        html.append("</ul>\n");

        ReportSpec spec = meta.report();
        Significance sig = new Significance(data, meta.reference(), spec);
        section(md, html, "Final metrics, whole population: mean [95% CI]", ComparisonTables.finals(data, "all"));
        section(
                md,
                html,
                "Differences against " + meta.reference() + ", paired by seed: mean [95% CI]",
                ComparisonTables.differences(data, meta.reference(), sig));
        String dagger = spec.multiplicity() == ReportSpec.Multiplicity.HOLM
                ? "† not shown to differ from zero once the " + sig.size() + " paired differences of this report are"
                        + " adjusted together (Holm; family-wise error 5%, report.multiplicity: holm). The intervals"
                        + " themselves are unadjusted 95% intervals."
                : "† the 95% interval crosses zero: no difference shown at this number of replications. This report"
                        + " shows " + sig.size() + " paired differences, each at 95% on its own: about "
                        + Math.round(sig.size() * 0.05) + " of them would exclude zero by chance alone if no policy"
                        + " changed anything (set report.multiplicity: holm for a family-wise 5%).";
        md.append(dagger).append("\n\n");
        html.append("<p>").append(ComparisonTables.esc(dagger)).append("</p>\n");

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
        html.append("<p>").append(ComparisonTables.esc(intro)).append("</p>\n");
        for (String p : data.policies()) {
            if (p.equals(meta.reference())) {
                continue;
            }
            String s = ComparisonTables.sentence(data, meta.reference(), p, spec, sig);
            md.append("### ")
                    .append(p)
                    .append(" vs ")
                    .append(meta.reference())
                    .append("\n\n")
                    .append(s)
                    .append("\n\n")
                    .append(ComparisonTables.whoBenefitsTable(data, meta.reference(), p, spec, sig)
                            .markdown())
                    .append('\n');
            html.append("<h3>")
                    .append(ComparisonTables.esc(p + " vs " + meta.reference()))
                    .append("</h3><p>")
                    .append(ComparisonTables.esc(s).replaceAll("\\*\\*(.+?)\\*\\*", "<b>$1</b>"))
                    .append("</p>")
                    .append(ComparisonTables.whoBenefitsTable(data, meta.reference(), p, spec, sig)
                            .html());
        }
        byAssistant(dir, data, meta, md, html);
        for (String g : data.groups()) {
            if (!g.equals("all")) {
                section(md, html, "Final metrics, group " + g + ": mean [95% CI]", ComparisonTables.finals(data, g));
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

        ComparisonTables.Table advice = ComparisonTables.replications(data, meta.reference(), spec);
        String advisor = "The paired differences of the whole population above have 95% intervals as wide as"
                + " their standard deviation across replications allows. Planning from these runs as a pilot"
                + " (the smallest n with t(0.975, n - 1) s / sqrt(n) <= h, for the largest s over the policies),"
                + " the replications each metric needs for a half-width of " + ComparisonTables.fmt(spec.halfWidth())
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
                .append(ComparisonTables.esc(advisor))
                .append("</p>\n")
                .append(advice.html());
        section(md, html, "Metrics in this report", ComparisonTables.glossary());

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
                    .append(ComparisonTables.esc(f[1]))
                    .append("\" src=\"data:image/png;base64,")
                    .append(base64(charts.resolve(f[0] + ".png")))
                    .append("\"><figcaption>")
                    .append(ComparisonTables.esc(f[1]))
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
        html.append("<h2>Caveats</h2><p>").append(ComparisonTables.esc(caveats)).append("</p>\n</body></html>\n");
        AtomicFiles.writeString(dir.resolve("comparison.csv"), ComparisonTables.statisticsCsv(data, meta.reference()));
        AtomicFiles.writeString(dir.resolve("report.md"), md.toString());
        AtomicFiles.writeString(dir.resolve("report.html"), html.toString());
        files.add(dir.resolve("report.md"));
        files.add(dir.resolve("report.html"));
        return files;
    }

    private static void section(StringBuilder md, StringBuilder html, String title, ComparisonTables.Table t) {
        md.append("## ").append(title).append("\n\n").append(t.markdown()).append('\n');
        html.append("<h2>")
                .append(ComparisonTables.esc(title))
                .append("</h2>\n")
                .append(t.html());
    }

    private static String base64(Path png) {
        try {
            return Base64.getEncoder().encodeToString(Files.readAllBytes(png));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
