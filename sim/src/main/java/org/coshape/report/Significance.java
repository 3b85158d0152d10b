package org.coshape.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.coshape.scenario.ReportSpec;

/**
 * Which paired differences of a comparison report are shown to differ from zero. The family is
 * every difference the report's tables judge: each table metric for the whole population and
 * each who-benefits outcome for each group, for every policy against the reference. Without a
 * correction a difference is shown when its 95% interval excludes zero; with Holm's, when its
 * Holm-adjusted p-value over the whole family is below 0.05.
 */
final class Significance {
    private final ReportSpec.Multiplicity multiplicity;
    private final Map<String, Interval> intervals = new HashMap<>();
    private final Map<String, Double> adjusted = new HashMap<>();

    Significance(ComparisonData data, String reference, ReportSpec report) {
        this.multiplicity = report.multiplicity();
        List<String> keys = new ArrayList<>();
        for (String p : data.policies()) {
            if (p.equals(reference)) {
                continue;
            }
            for (String m : ComparisonReport.TABLE_METRICS) {
                keys.add(add(data, reference, p, "all", m));
            }
            for (String g : data.groups()) {
                if (!g.equals("all")) {
                    for (String m : ComparisonTables.outcomes(report)) {
                        keys.add(add(data, reference, p, g, m));
                    }
                }
            }
        }
        List<String> distinct = keys.stream().distinct().toList();
        double[] p = new double[distinct.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = intervals.get(distinct.get(i)).pValue();
        }
        double[] adj = Holm.adjust(p);
        for (int i = 0; i < p.length; i++) {
            adjusted.put(distinct.get(i), adj[i]);
        }
    }

    private String add(ComparisonData data, String reference, String policy, String group, String metric) {
        String key = key(policy, group, metric);
        intervals.computeIfAbsent(
                key, k -> Interval.paired(data.finals(policy, group, metric), data.finals(reference, group, metric)));
        return key;
    }

    private static String key(String policy, String group, String metric) {
        return policy + "\u0000" + group + "\u0000" + metric;
    }

    /** How many differences with an interval the family holds. */
    int size() {
        return (int) adjusted.values().stream().filter(x -> !Double.isNaN(x)).count();
    }

    /** Whether the difference of {@code metric} for {@code group} under {@code policy} is shown. */
    boolean shown(String policy, String group, String metric) {
        Interval d = intervals.get(key(policy, group, metric));
        if (d == null || d.n() < 2 || Double.isNaN(d.low())) {
            return false;
        }
        if (multiplicity == ReportSpec.Multiplicity.HOLM) {
            return adjusted.get(key(policy, group, metric)) < 0.05;
        }
        return !d.crossesZero();
    }
}
