package org.coshape.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coshape.experiment.Prim;
import org.coshape.metrics.MetricLabels;
import org.coshape.results.ResultTables;

/**
 * Which verdicts of a comparison survive its assumptions. Every policy runs on every sample of
 * the uncertainty ensemble (a Latin hypercube over the {@code uncertainties:} keys) on the same
 * seeds, so on each sample the paired difference between two policies, over the replicates, has
 * a 95% interval: the first policy is better there when the interval lies on the better side of
 * zero, worse when on the other, and not distinguishable otherwise. Across the ensemble a
 * verdict is robust when it holds on at least {@link #ROBUST} of the samples and the opposite on
 * at most {@link #STRAY} (each sample's interval points the wrong way by chance about 2.5% of the
 * time); it flips when each direction holds on more than {@code STRAY}; otherwise it is not
 * robust. Where a direction holds on some samples and not others, PRIM names the region of the
 * uncertainty space where it does, with coverage and density.
 */
public final class Robustness {
    /** The share of samples a robust verdict holds on. */
    public static final double ROBUST = 0.9;
    /** The share of samples on which the opposite of a robust verdict may show by chance. */
    public static final double STRAY = 0.05;
    /** The fewest samples on which a direction must hold for PRIM to look for where it does. */
    static final int MIN_FOR_BOX = 3;

    /** The outcomes judged, with the direction that counts as better (from {@link MetricLabels}). */
    public static final Map<String, Integer> DIRECTIONS = directions();

    private static Map<String, Integer> directions() {
        Map<String, Integer> d = new LinkedHashMap<>();
        for (String m : List.of(
                "welfare",
                "worst_group_welfare",
                "welfare_gini",
                "own_value_gap",
                "unmet_need",
                "value_drift",
                "induced_drift",
                "manufactured_satisfaction",
                "proxy_gap")) {
            int better = MetricLabels.of(m).better();
            if (better == 0) {
                throw new IllegalStateException(m + " has no better direction to judge");
            }
            d.put(m, better);
        }
        return d;
    }

    /** What the ensemble says about one policy against another, for one group and outcome. */
    public enum Verdict {
        ROBUSTLY_BETTER("robustly better"),
        ROBUSTLY_WORSE("robustly worse"),
        FLIPS("flips"),
        NOT_ROBUST("not robust");

        public final String words;

        Verdict(String words) {
            this.words = words;
        }
    }

    /** One policy pair, group and outcome across the ensemble; the boxes are null where PRIM was not asked. */
    public record Finding(
            String policy,
            String other,
            String group,
            String metric,
            int samples,
            double better,
            double worse,
            Verdict verdict,
            Prim.Box whereBetter,
            Prim.Box whereWorse) {

        public double indistinguishable() {
            return 1 - better - worse;
        }
    }

    /** The ensemble's points: per sample, each uncertain key as a number (list values as their position). */
    public record Space(List<String> keys, List<Integer> samples, double[][] x, Map<String, List<String>> levels) {}

    private Robustness() {}

    /** The uncertainty space of the data: list-valued keys take positions in {@code levels} (as listed). */
    public static Space space(ComparisonData data, Map<String, List<String>> levels) {
        List<Integer> samples = new ArrayList<>(data.samples().keySet());
        List<String> keys = data.uncertain();
        double[][] x = new double[samples.size()][keys.size()];
        for (int i = 0; i < samples.size(); i++) {
            Map<String, String> values = data.samples().get(samples.get(i));
            for (int j = 0; j < keys.size(); j++) {
                String v = values.get(keys.get(j));
                List<String> l = levels.get(keys.get(j));
                x[i][j] = l != null ? l.indexOf(v) : Double.parseDouble(v);
            }
        }
        return new Space(keys, samples, x, levels);
    }

    /** Every ordered pair of policies (each earlier against each later), group and judged outcome. */
    public static List<Finding> of(ComparisonData data, Space space) {
        List<Finding> out = new ArrayList<>();
        List<String> policies = data.policies();
        for (int a = 0; a < policies.size(); a++) {
            for (int b = a + 1; b < policies.size(); b++) {
                for (String g : data.groups()) {
                    for (Map.Entry<String, Integer> m : DIRECTIONS.entrySet()) {
                        // a group's worst_group_welfare is its welfare: judged once
                        boolean repeat = m.getKey().equals("worst_group_welfare") && !g.equals("all");
                        if (data.metrics().contains(m.getKey()) && !repeat) {
                            out.add(finding(
                                    data, space, policies.get(a), policies.get(b), g, m.getKey(), m.getValue()));
                        }
                    }
                }
            }
        }
        return out;
    }

    static Finding finding(
            ComparisonData data, Space space, String policy, String other, String group, String metric, int sign) {
        int n = space.samples().size();
        boolean[] better = new boolean[n];
        boolean[] worse = new boolean[n];
        int nb = 0;
        int nw = 0;
        int counted = 0;
        for (int i = 0; i < n; i++) {
            int s = space.samples().get(i);
            Interval d = Interval.paired(
                    data.sampleFinals(policy, group, metric, s), data.sampleFinals(other, group, metric, s));
            if (Double.isNaN(d.mean())) {
                continue; // undefined on this sample (e.g. no answers)
            }
            counted++;
            if (d.n() >= 2 && !d.crossesZero()) {
                boolean higher = d.low() > 0;
                better[i] = higher == (sign > 0);
                worse[i] = !better[i];
                nb += better[i] ? 1 : 0;
                nw += worse[i] ? 1 : 0;
            }
        }
        double shareBetter = counted == 0 ? Double.NaN : nb / (double) counted;
        double shareWorse = counted == 0 ? Double.NaN : nw / (double) counted;
        Verdict v;
        if (shareBetter >= ROBUST && shareWorse <= STRAY) {
            v = Verdict.ROBUSTLY_BETTER;
        } else if (shareWorse >= ROBUST && shareBetter <= STRAY) {
            v = Verdict.ROBUSTLY_WORSE;
        } else if (shareBetter > STRAY && shareWorse > STRAY) {
            v = Verdict.FLIPS;
        } else {
            v = Verdict.NOT_ROBUST;
        }
        boolean robust = v == Verdict.ROBUSTLY_BETTER || v == Verdict.ROBUSTLY_WORSE;
        Prim prim = Prim.standard();
        Prim.Box whereBetter = !robust && nb >= MIN_FOR_BOX ? prim.find(space.x(), better) : null;
        Prim.Box whereWorse = !robust && nw >= MIN_FOR_BOX ? prim.find(space.x(), worse) : null;
        return new Finding(policy, other, group, metric, counted, shareBetter, shareWorse, v, whereBetter, whereWorse);
    }

    /** A box in words: the limits it sets, e.g. {@code social.rate ≤ 0.08, sigma ≥ 0.2}; "anywhere" when none. */
    public static String describe(Prim.Box box, Space space) {
        if (box == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int j = 0; j < space.keys().size(); j++) {
            if (!box.restricts(j, space.x())) {
                continue;
            }
            String key = space.keys().get(j);
            List<String> levels = space.levels().get(key);
            if (levels != null) {
                List<String> in = new ArrayList<>();
                for (int l = 0; l < levels.size(); l++) {
                    if (l >= box.lower()[j] && l <= box.upper()[j]) {
                        in.add(levels.get(l));
                    }
                }
                parts.add(key + " in {" + String.join(", ", in) + "}");
                continue;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : space.x()) {
                lo = Math.min(lo, p[j]);
                hi = Math.max(hi, p[j]);
            }
            boolean cutLow = box.lower()[j] > lo;
            boolean cutHigh = box.upper()[j] < hi;
            if (cutLow && cutHigh) {
                parts.add(key + " in [" + num(box.lower()[j]) + ", " + num(box.upper()[j]) + "]");
            } else if (cutLow) {
                parts.add(key + " ≥ " + num(box.lower()[j]));
            } else {
                parts.add(key + " ≤ " + num(box.upper()[j]));
            }
        }
        return parts.isEmpty() ? "anywhere" : String.join(", ", parts);
    }

    private static String num(double x) {
        return String.format(Locale.ROOT, "%.3g", x);
    }

    /** The findings as {@code robustness.csv}: one row per pair, group and outcome; empty cells where undefined. */
    public static String csv(List<Finding> findings, Space space) {
        StringBuilder b = new StringBuilder("policy,other,group,metric,better_is,samples,share_better,share_worse,"
                + "share_indistinguishable,verdict,where_better,where_better_coverage,where_better_density,"
                + "where_worse,where_worse_coverage,where_worse_density\n");
        for (Finding f : findings) {
            b.append(ResultTables.csv(f.policy()))
                    .append(',')
                    .append(ResultTables.csv(f.other()))
                    .append(',')
                    .append(ResultTables.csv(f.group()))
                    .append(',')
                    .append(f.metric())
                    .append(',')
                    .append(DIRECTIONS.get(f.metric()) > 0 ? "higher" : "lower")
                    .append(',')
                    .append(f.samples())
                    .append(',')
                    .append(ComparisonTables.exact(f.better()))
                    .append(',')
                    .append(ComparisonTables.exact(f.worse()))
                    .append(',')
                    .append(ComparisonTables.exact(f.indistinguishable()))
                    .append(',')
                    .append(f.verdict().words)
                    .append(',');
            box(b, f.whereBetter(), space);
            b.append(',');
            box(b, f.whereWorse(), space);
            b.append('\n');
        }
        return b.toString();
    }

    private static void box(StringBuilder b, Prim.Box box, Space space) {
        if (box == null) {
            b.append(",,");
            return;
        }
        b.append(ResultTables.csv(describe(box, space)))
                .append(',')
                .append(box.coverage())
                .append(',')
                .append(box.density());
    }
}
