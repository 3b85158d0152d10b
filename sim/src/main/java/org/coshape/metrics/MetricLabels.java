package org.coshape.metrics;

import java.util.EnumMap;
import java.util.Map;

/**
 * How every metric is shown to a reader: a human name for axes, tables and captions, its unit,
 * which direction is better (when one is: welfare up, gaps and drift down; descriptive metrics
 * such as polarization have none), and the range its values can take, which bounds intervals and
 * chart axes. Charts, reports and the GUI all take their words from here.
 */
public final class MetricLabels {
    /** One metric's label. {@code better}: +1 more is better, -1 less is better, 0 neither. */
    public record Label(String name, String unit, int better, double min, double max) {
        /** The name with its unit, for an axis. */
        public String axis() {
            return unit.isEmpty() ? name : name + " (" + unit + ")";
        }

        /** Words for the better direction, or empty. */
        public String betterWords() {
            return better > 0 ? "higher is better" : better < 0 ? "lower is better" : "";
        }
    }

    private static final String RMS = "RMS per dimension";
    private static final Map<Metric, Label> LABELS = labels();

    private MetricLabels() {}

    public static Label of(Metric m) {
        return LABELS.get(m);
    }

    /** The label of a metric named by its key; a neutral label with the key itself for any other column. */
    public static Label of(String key) {
        for (Metric m : Metric.values()) {
            if (m.key().equals(key)) {
                return LABELS.get(m);
            }
        }
        return new Label(key, "", 0, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY);
    }

    /** Every metric's label as a Markdown table (results/README.md holds it between markers). */
    public static String markdownTable() {
        StringBuilder b = new StringBuilder("| metric | name | unit | range | better |\n|---|---|---|---|---|\n");
        for (Metric m : Metric.values()) {
            Label l = LABELS.get(m);
            b.append("| `")
                    .append(m.key())
                    .append("` | ")
                    .append(l.name())
                    .append(" | ")
                    .append(l.unit())
                    .append(" | [")
                    .append(bound(l.min()))
                    .append(", ")
                    .append(bound(l.max()))
                    .append("] | ")
                    .append(l.better() > 0 ? "higher" : l.better() < 0 ? "lower" : "neither")
                    .append(" |\n");
        }
        return b.toString();
    }

    private static String bound(double x) {
        if (Double.isInfinite(x)) {
            return x > 0 ? "∞" : "-∞";
        }
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    private static Map<Metric, Label> labels() {
        double inf = Double.POSITIVE_INFINITY;
        Map<Metric, Label> l = new EnumMap<>(Metric.class);
        l.put(Metric.ALIGNMENT_GAP, new Label("gap to current values", RMS, 0, 0, 2));
        l.put(Metric.OWN_VALUE_GAP, new Label("gap to own values", RMS, -1, 0, 2));
        l.put(Metric.VALUE_DRIFT, new Label("drift from own values", RMS, -1, 0, 2));
        l.put(Metric.LINEAGE_DRIFT, new Label("drift from the founders", RMS, 0, 0, 2));
        l.put(Metric.DIVERSITY, new Label("diversity of values", "variance per dimension", 0, 0, 1));
        l.put(Metric.HOMOGENIZATION, new Label("homogenization", "share of diversity lost", 0, -inf, 1));
        l.put(Metric.POLARIZATION, new Label("polarization", RMS, 0, 0, 2));
        l.put(Metric.BIMODALITY, new Label("bimodality coefficient", "", 0, 0, 1));
        l.put(Metric.CLUSTERS, new Label("opinion clusters", "count", 0, 0, inf));
        l.put(Metric.EFFECTIVE_CLUSTERS, new Label("effective number of clusters", "", 0, 1, inf));
        l.put(Metric.TRUST, new Label("trust in the assistant", "", 0, 0, 1));
        l.put(Metric.SATISFACTION, new Label("satisfaction", "", 0, 0, 1));
        l.put(Metric.WELFARE, new Label("welfare", "", 1, 0, 1));
        l.put(Metric.ENGAGEMENT, new Label("engagement", "", 0, 0, inf));
        l.put(Metric.SATISFACTION_GAP, new Label("satisfaction − welfare", "", -1, -1, 1));
        l.put(Metric.WELFARE_GINI, new Label("welfare inequality", "Gini", -1, 0, 1));
        l.put(Metric.WORST_GROUP_WELFARE, new Label("worst-off group's welfare", "", 1, 0, 1));
        l.put(Metric.PROXY_GAP, new Label("proxy gap", RMS, -1, 0, 2));
        l.put(Metric.REFUSAL_RATE, new Label("refusals", "share of asks", 0, 0, 1));
        l.put(Metric.UNMET_NEED, new Label("unmet need", "share of askers never answered", -1, 0, 1));
        l.put(Metric.OUTPUT_PLURALISM, new Label("output pluralism gap", RMS, -1, 0, inf));
        l.put(Metric.OUTPUT_PLURALISM_MEAN, new Label("output pluralism gap: centre", RMS, 0, 0, 2));
        l.put(Metric.OUTPUT_PLURALISM_SPREAD, new Label("output pluralism gap: spread", RMS, 0, 0, inf));
        l.put(Metric.MOVEMENT_AI, new Label("movement by the AI", RMS, 0, 0, 2));
        l.put(Metric.MOVEMENT_SOCIAL, new Label("movement by the social network", RMS, 0, 0, 2));
        l.put(Metric.MOVEMENT_TURNOVER, new Label("movement by turnover", RMS, 0, 0, 2));
        l.put(Metric.INDUCED_DRIFT, new Label("AI-induced drift", RMS, -1, 0, 2));
        l.put(Metric.MANUFACTURED_SATISFACTION, new Label("manufactured satisfaction", "", -1, -1, 1));
        l.put(Metric.CONFORMITY_SHARE, new Label("share closed by conforming", "", 0, 0, 1));
        l.put(Metric.DESIGNER_DOMINANCE, new Label("designer dominance", RMS, -1, -2, 2));
        l.put(Metric.CHURN, new Label("assistant changes", "per person per tick", 0, 0, 1));
        l.put(Metric.NON_USERS, new Label("non-users", "share of people", 0, 0, 1));
        l.put(Metric.ASSISTANT_DIVERSITY, new Label("diversity of assistants", RMS, 0, 0, 1));
        l.put(Metric.TRUST_CALIBRATION, new Label("trust calibration", "correlation", 1, -1, 1));
        l.put(Metric.REFUSAL_HARM, new Label("harm of refusals", "per ask", -1, 0, inf));
        l.put(Metric.ANSWER_HARM, new Label("harm of answers", "per ask", -1, 0, inf));
        l.put(Metric.ENDORSED_DRIFT, new Label("endorsed change", RMS, 0, 0, 2));
        l.put(Metric.JUDGE_DRIFT, new Label("judge drift from designers", RMS, -1, 0, 2));
        l.put(Metric.SORTING, new Label("sorting into assistants", "share of variance", 0, 0, 1));
        return l;
    }
}
