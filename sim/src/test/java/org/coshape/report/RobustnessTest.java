package org.coshape.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.coshape.results.ResultTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Known answers for the robustness analysis, on result files written by hand: policy a has lower
 * value_drift than b on every sample (robustly better), a's welfare is higher than b's exactly
 * where the uncertain x exceeds 0.5 and lower elsewhere (a flip, located by PRIM at x about 0.5),
 * and their satisfaction gap does not differ (no verdict).
 */
class RobustnessTest {
    @TempDir
    Path dir;

    static final int SAMPLES = 40;
    static final int REPS = 4;

    @Test
    void robustFlippingAndIndistinguishableVerdictsAreToldApart() throws IOException {
        Random r = new Random(3);
        StringBuilder summary =
                new StringBuilder("run_id,policy,replicate,seed,group,x,y,alignment_gap,welfare,value_drift,"
                        + "own_value_gap," + ResultTables.TICKS_TO_STEADY + "\n");
        double[] xs = new double[SAMPLES];
        for (int s = 0; s < SAMPLES; s++) {
            xs[s] = (s + r.nextDouble()) / SAMPLES;
        }
        for (int p = 0; p < 2; p++) {
            for (int rep = 0; rep < REPS; rep++) {
                summary.append(String.format(
                        "c%02d-r%03d,%s,%d,%d,all,,,0,0.5,0.1,0.2,%n", p, rep, p == 0 ? "a" : "b", rep, rep));
            }
            for (int s = 0; s < SAMPLES; s++) {
                double y = r.nextDouble();
                for (int rep = 0; rep < REPS; rep++) {
                    double noise = 0.01 * r.nextGaussian();
                    double welfare = 0.5 + (p == 0 ? (xs[s] > 0.5 ? 0.1 : -0.1) : 0) + noise;
                    double drift = 0.1 + (p == 0 ? -0.05 : 0) + noise;
                    double gap = 0.2 + 0.01 * r.nextGaussian();
                    summary.append(String.format(
                            "c%02d-s%04d-r%03d,%s,%d,%d,all,%s,%s,0,%s,%s,%s,%n",
                            p, s, rep, p == 0 ? "a" : "b", rep, 1000 + s * 10 + rep, xs[s], y, welfare, drift, gap));
                }
            }
        }
        Files.writeString(dir.resolve("summary.csv"), summary);
        Files.writeString(dir.resolve("timeseries.csv"), ResultTables.TIMESERIES_HEADER + "\n");
        ComparisonData data = ComparisonData.read(dir, List.of("a", "b"));
        assertEquals(SAMPLES, data.samples().size());
        Robustness.Space space = Robustness.space(data, Map.of());
        List<Robustness.Finding> findings = Robustness.of(data, space);

        Robustness.Finding drift = find(findings, "value_drift");
        assertEquals(Robustness.Verdict.ROBUSTLY_BETTER, drift.verdict());
        assertTrue(drift.better() >= Robustness.ROBUST, "better on " + drift.better());
        assertEquals(0.0, drift.worse(), 1e-12, "never worse");

        Robustness.Finding welfare = find(findings, "welfare");
        assertEquals(Robustness.Verdict.FLIPS, welfare.verdict());
        assertEquals(0.5, welfare.better(), 0.1);
        assertTrue(
                welfare.whereBetter().coverage() > 0.8 && welfare.whereBetter().density() > 0.8);
        assertTrue(welfare.whereBetter().restricts(0, space.x()), "the region is on x");
        assertTrue(!welfare.whereBetter().restricts(1, space.x()), "and not on y");
        assertEquals(0.5, welfare.whereBetter().lower()[0], 0.05);
        assertEquals(
                "x ≥ " + String.format("%.3g", welfare.whereBetter().lower()[0]),
                Robustness.describe(welfare.whereBetter(), space));
        assertTrue(welfare.whereWorse().upper()[0] < 0.55, "worse below x = 0.5");

        Robustness.Finding gap = find(findings, "own_value_gap");
        assertEquals(Robustness.Verdict.NOT_ROBUST, gap.verdict());
        assertTrue(gap.better() <= 0.15 && gap.worse() <= 0.15, "chance alone: " + gap);
    }

    private static Robustness.Finding find(List<Robustness.Finding> findings, String metric) {
        return findings.stream()
                .filter(f -> f.metric().equals(metric))
                .findFirst()
                .orElseThrow();
    }
}
