package org.coshape.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.coshape.metrics.MetricLabels;
import org.coshape.results.ResultTables;
import org.coshape.scenario.ReportSpec;

/**
 * The tables and statistics of a comparison report, each one function: final values per policy
 * (intervals kept in the metric's range), paired differences against the reference, the
 * who-benefits table and its verdicts, the replications each metric needs, the metric glossary,
 * and comparison.csv, which holds every number at full precision. Markdown and HTML come from one
 * table model, so the two forms cannot diverge.
 */
final class ComparisonTables {
    private ComparisonTables() {}

    /** The group outcomes of the who-benefits table, and whether more is better. */
    static final List<String> OUTCOMES =
            List.of("welfare", "own_value_gap", "value_drift", "unmet_need", "refusal_harm", "answer_harm");

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
        for (String m : ComparisonReport.TABLE_METRICS) {
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
        for (String m : ComparisonReport.TABLE_METRICS) {
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

    /**
     * Per table metric: the largest sd of the paired differences over the policies, the
     * replications that sd needs for the chosen half-width, and those that would tell the smallest
     * mean difference from zero with room to spare (half-width |mean| / 2, at that policy's sd).
     */
    static Table replications(ComparisonData data, String reference, ReportSpec spec) {
        List<List<String>> rows = new ArrayList<>();
        for (String m : ComparisonReport.TABLE_METRICS) {
            List<double[]> others = data.policies().stream()
                    .filter(p -> !p.equals(reference))
                    .map(p -> data.finals(p, "all", m))
                    .toList();
            ReplicationAdvisor.Advice a =
                    ReplicationAdvisor.advise(data.finals(reference, "all", m), others, spec.halfWidth());
            if (a != null) {
                rows.add(List.of(m, fmt(a.sd()), a.forHalfWidthWords(), a.toResolveWords()));
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
        for (String m : ComparisonReport.TABLE_METRICS) {
            MetricLabels.Label l = MetricLabels.of(m);
            rows.add(List.of(
                    m,
                    l.name(),
                    l.unit().isEmpty() ? "–" : l.unit(),
                    l.betterWords().isEmpty() ? "descriptive" : l.betterWords()));
        }
        return new Table(List.of("metric", "name", "unit", "direction"), rows);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
