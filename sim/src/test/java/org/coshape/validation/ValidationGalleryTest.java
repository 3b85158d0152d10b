package org.coshape.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;
import org.apache.commons.math3.stat.descriptive.rank.Median;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.scenario.ScenarioLoader;
import org.coshape.scenario.ScenarioLoader.SetValue;
import org.coshape.testutil.TestScenarios;
import org.junit.jupiter.api.Test;

/**
 * The gallery in scenarios/validation/, each file run at a size that fits the build, against the
 * published claim it reproduces (docs/validation.md gives the full-size numbers). Tolerances are
 * stated beside each target: about three standard errors at the replications run here.
 */
class ValidationGalleryTest {
    private static final Path GALLERY = Path.of("../scenarios/validation");

    /** The final value of {@code metric} for everyone, per seed, with {@code sets} applied. */
    private static List<TimeSeries> runs(String file, int seeds, String... sets) {
        List<TimeSeries> out = new ArrayList<>();
        for (int r = 0; r < seeds; r++) {
            List<SetValue> overrides = new ArrayList<>();
            overrides.add(SetValue.parse("seed=" + (1000 + r)));
            overrides.add(SetValue.parse("sweep.parameters={}"));
            for (String s : sets) {
                overrides.add(SetValue.parse(s));
            }
            out.add(TestScenarios.run(ScenarioLoader.load(GALLERY.resolve(file), overrides), 1));
        }
        return out;
    }

    private static double[] last(List<TimeSeries> runs, Metric m) {
        return runs.stream().mapToDouble(t -> t.last().values()[0][m.ordinal()]).toArray();
    }

    private static double mean(double[] x) {
        return new DescriptiveStatistics(x).getMean();
    }

    /**
     * Sirbu et al. 2019 at gamma 0 (Deffuant's model, N = 100, complete graph, mu = 0.5, run to
     * absorption): effective clusters 4.3, 2.1, 1.4 and 1.02 at epsilon 0.1 to 0.4 (0.2 to 0.8
     * on coshape's scale), as NDlib's AlgorithmicBiasModel gives them.
     */
    @Test
    void sirbuWithoutFilteringGivesThePublishedClusterCounts() {
        double[] confidence = {0.2, 0.4, 0.6, 0.8};
        double[] target = {4.3, 2.1, 1.4, 1.02};
        double[] tolerance = {0.3, 0.2, 0.15, 0.03};
        for (int k = 0; k < confidence.length; k++) {
            List<TimeSeries> r = runs("sirbu2019.yaml", 60, "social.confidence=" + confidence[k]);
            double eff = mean(last(r, Metric.EFFECTIVE_CLUSTERS));
            assertEquals(target[k], eff, tolerance[k], "effective clusters at confidence " + confidence[k]);
            assertTrue(r.stream().allMatch(t -> !Double.isNaN(t.ticksToAbsorption())), "every run absorbed");
        }
    }

    /**
     * Filtering fragments (more clusters at epsilon 0.1, paired by seed), loses consensus at
     * epsilon 0.4 once gamma passes about 1, and slows convergence by orders of magnitude.
     */
    @Test
    void sirbuFilteringFragmentsAndSlowsConvergence() {
        double[] none = last(runs("sirbu2019.yaml", 20, "social.confidence=0.2"), Metric.EFFECTIVE_CLUSTERS);
        double[] filtered = last(
                runs("sirbu2019.yaml", 20, "social.confidence=0.2", "ai.exposure.gamma=1.0"),
                Metric.EFFECTIVE_CLUSTERS);
        double[] diff = new double[none.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = filtered[i] - none[i];
        }
        DescriptiveStatistics d = new DescriptiveStatistics(diff);
        assertTrue(
                d.getMean() - 2 * d.getStandardDeviation() / Math.sqrt(diff.length) > 0,
                "more clusters with filtering: " + d.getMean());

        double[] ticks = new double[3];
        double[] gammas = {0.0, 0.5, 1.0};
        for (int g = 0; g < 3; g++) {
            List<TimeSeries> r = runs("sirbu2019.yaml", 20, "social.confidence=0.8", "ai.exposure.gamma=" + gammas[g]);
            ticks[g] = new Median()
                    .evaluate(r.stream()
                            .mapToDouble(TimeSeries::ticksToAbsorption)
                            .toArray());
            if (g == 0) {
                assertEquals(1.02, mean(last(r, Metric.EFFECTIVE_CLUSTERS)), 0.03, "consensus at gamma 0");
            }
        }
        assertTrue(
                ticks[0] < ticks[1] && ticks[1] < ticks[2], "convergence slows with gamma: " + Arrays.toString(ticks));
        assertTrue(ticks[2] > 10 * ticks[0], "by orders of magnitude: " + Arrays.toString(ticks));

        double[] strong = last(
                runs("sirbu2019.yaml", 8, "social.confidence=0.8", "ai.exposure.gamma=1.5", "ticks=2000"),
                Metric.EFFECTIVE_CLUSTERS);
        assertTrue(mean(strong) > 2, "no consensus at gamma 1.5 within 2,000 ticks: " + mean(strong));
    }

    /**
     * Keijzer and Mas 2022: personalised exposure lowers polarization under repulsive influence at
     * every confidence radius, and raises it under assimilation where random mixing reaches
     * agreement but filtered mixing does not (confidence 0.6 here; at 0.4 and 0.8 both or neither
     * agree, and the difference vanishes).
     */
    @Test
    void keijzerMasTheSameSwitchOppositeConclusions() {
        for (double confidence : new double[] {0.4, 0.6, 0.8}) {
            double[] diff = personalisationEffect(confidence, 1.0);
            DescriptiveStatistics d = new DescriptiveStatistics(diff);
            assertTrue(
                    d.getMean() + 2 * d.getStandardDeviation() / Math.sqrt(diff.length) < 0,
                    "repulsion, confidence " + confidence + ": personalisation lowers polarization, " + d.getMean());
        }
        DescriptiveStatistics assimilation = new DescriptiveStatistics(personalisationEffect(0.6, 2.0));
        assertTrue(
                assimilation.getMean() - 2 * assimilation.getStandardDeviation() / Math.sqrt(assimilation.getN()) > 0,
                "assimilation, confidence 0.6: personalisation raises polarization, " + assimilation.getMean());
    }

    /**
     * Carroll et al. 2022: induced preference shift ordered planning > myopic > none (an assistant
     * that persuades no one shifts no one: exactly 0), and the penalised planner keeps most of the
     * planner's engagement while inducing far less shift.
     */
    @Test
    void carrollPlanningShiftsUsersMoreAndThePenaltyHoldsThemBack() {
        String[] size = {"population.size=1000", "ticks=200"};
        double none = mean(last(
                runs("carroll2022.yaml", 4, size[0], size[1], "population.groups[0].susceptibility=0.0"),
                Metric.INDUCED_DRIFT));
        List<TimeSeries> myopic = runs("carroll2022.yaml", 4, size);
        List<TimeSeries> planning = runs("carroll2022.yaml", 4, size[0], size[1], "ai.horizon=20");
        List<TimeSeries> penalised =
                runs("carroll2022.yaml", 4, size[0], size[1], "ai.horizon=20", "ai.shift_penalty=50");
        double shiftMyopic = mean(last(myopic, Metric.INDUCED_DRIFT));
        double shiftPlanning = mean(last(planning, Metric.INDUCED_DRIFT));
        double shiftPenalised = mean(last(penalised, Metric.INDUCED_DRIFT));
        assertEquals(0.0, none);
        assertTrue(
                shiftMyopic > 0.1 && shiftPlanning > 1.2 * shiftMyopic,
                "planning > myopic > none: " + shiftPlanning + " > " + shiftMyopic);
        assertTrue(shiftPenalised < 0.5 * shiftPlanning, "the penalty holds users back: " + shiftPenalised);
        double engaged = mean(last(planning, Metric.ENGAGEMENT));
        assertTrue(mean(last(penalised, Metric.ENGAGEMENT)) > 0.8 * engaged, "most engagement kept");
    }

    /** Per seed: polarization with personalised exposure minus without. */
    private static double[] personalisationEffect(double confidence, double repulsion) {
        String[] base = {"social.confidence=" + confidence, "social.repulsion=" + repulsion};
        double[] random = last(runs("keijzer-mas2022.yaml", 20, base), Metric.POLARIZATION);
        double[] personal =
                last(runs("keijzer-mas2022.yaml", 20, base[0], base[1], "ai.exposure.gamma=1.0"), Metric.POLARIZATION);
        double[] diff = new double[random.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = personal[i] - random[i];
        }
        return diff;
    }
}
