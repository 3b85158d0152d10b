package org.coshape.results;

import java.util.List;
import java.util.Map;
import org.coshape.random.CounterRng;
import org.coshape.scenario.Scenario;

/**
 * One simulation to run: a resolved scenario, its identity in the results (run id, policy,
 * replicate, swept parameter values) and its seed.
 */
public record RunSpec(
        String runId,
        String policy,
        int point,
        int replicate,
        long seed,
        Map<String, String> parameters,
        Scenario scenario) {

    public RunSpec {
        parameters = Map.copyOf(parameters);
    }

    /** Purpose tag for run seeds, so they never collide with in-run streams. */
    private static final long RUN_SEED = 0x5EED;

    /**
     * The seed of replicate {@code r} at design point {@code point}: a 64-bit hash of the base seed,
     * point and replicate. Policy comparisons use point 0 for every policy (common random numbers).
     */
    public static long seedFor(long baseSeed, int point, int replicate) {
        return CounterRng.key(baseSeed, RUN_SEED, point, replicate);
    }

    /** The ids a list of runs spans, for messages: "p0000-r000 to p0011-r002" (or the one id). */
    public static String span(List<RunSpec> runs) {
        String first = runs.get(0).runId();
        return runs.size() > 1 ? first + " to " + runs.get(runs.size() - 1).runId() : first;
    }

    public static String runId(int point, int replicate) {
        return String.format("p%04d-r%03d", point, replicate);
    }
}
