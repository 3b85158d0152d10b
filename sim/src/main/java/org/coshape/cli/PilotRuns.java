package org.coshape.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.coshape.concurrent.ChunkPool;
import org.coshape.experiment.Runner;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.report.ReplicationAdvisor;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;
import org.coshape.scenario.Scenario;

/**
 * {@code validate --pilot R}: runs R replications of each policy (or of the scenario when it
 * compares none) on the seeds a comparison would use, in memory, and advises how many
 * replications each metric needs: for a 95% half-width of {@code report.half_width} and to tell
 * the smallest policy difference from zero (half-width |mean| / 2). With policies, the spread is
 * that of the paired differences against the first policy; without, that of the final values.
 */
final class PilotRuns {
    private PilotRuns() {}

    /** The advice as YAML comment lines, so that validate's output stays a scenario file. */
    static String advise(Scenario base, Map<String, Scenario> policies, int replications, int threads) {
        Map<String, double[][]> finals = new LinkedHashMap<>(); // policy -> [metric][replicate]
        try (ChunkPool pool = new ChunkPool(threads)) {
            for (Map.Entry<String, Scenario> p : policies.entrySet()) {
                double[][] v = new double[Metric.COUNT][replications];
                for (int r = 0; r < replications; r++) {
                    RunSpec spec = new RunSpec(
                            "pilot-r" + r,
                            p.getKey(),
                            0,
                            r,
                            RunSpec.seedFor(base.seed(), 0, r),
                            Map.of(),
                            p.getValue());
                    RunResult result = Runner.run(spec, pool, null);
                    TimeSeries s = result.series();
                    int all = s.rows().indexOf("all");
                    for (Metric m : Metric.values()) {
                        v[m.ordinal()][r] = s.value(s.points().size() - 1, all, m);
                    }
                }
                finals.put(p.getKey(), v);
            }
        }
        double h = base.report().halfWidth();
        List<String> names = new ArrayList<>(finals.keySet());
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "# replication advisor: a pilot of %d replications of %s; planning figures from the"
                        + " pilot's spread%n",
                replications,
                names.size() > 1
                        ? "each policy (spread of paired differences against " + names.get(0) + ")"
                        : "the scenario (spread of final values)"));
        b.append(String.format(
                Locale.ROOT, "# %-26s %12s %14s %14s%n", "metric", "sd", "for +/-" + fmt(h), "to tell from 0"));
        for (Metric m : Metric.values()) {
            List<double[]> others = names.subList(1, names.size()).stream()
                    .map(p -> finals.get(p)[m.ordinal()])
                    .toList();
            ReplicationAdvisor.Advice a = ReplicationAdvisor.advise(finals.get(names.get(0))[m.ordinal()], others, h);
            if (a == null) {
                continue; // undefined in this scenario (no twin, no AI, ...)
            }
            b.append(String.format(
                    Locale.ROOT,
                    "# %-26s %12s %14s %14s%n",
                    m.key(),
                    fmt(a.sd()),
                    a.forHalfWidthWords(),
                    a.toResolveWords()));
        }
        return b.toString();
    }

    private static String fmt(double x) {
        return Math.abs(x) >= 0.01 || x == 0
                ? String.format(Locale.ROOT, "%.3f", x)
                : String.format(Locale.ROOT, "%.2e", x);
    }
}
