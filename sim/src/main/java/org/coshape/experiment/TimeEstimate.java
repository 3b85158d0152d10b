package org.coshape.experiment;

import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.scenario.Scenario;

/**
 * A rough run time on this machine, from a short probe of the scenario itself: the model is
 * built (with its twin, as a run builds it) and stepped for about {@code budget} seconds, and the
 * time of a run is extrapolated from what the probe took to set up, per tick and per metrics
 * record. It is an upper bound for runs that stop when steady, and holds for the scenario as
 * written (a swept population size changes it). A probe is cold (no JIT warm-up), so long runs
 * tend to go faster than estimated.
 *
 * @param setupSeconds building the population, network and assistants (without the first record)
 * @param tickSeconds the interaction, AI, social and generation phases of one tick
 * @param recordSeconds one metrics record (every {@code metrics.every} ticks, the first and the last)
 * @param probedTicks the ticks the probe stepped
 */
public record TimeEstimate(double setupSeconds, double tickSeconds, double recordSeconds, long probedTicks) {

    /** Probes {@code scenario} with its first seed on {@code threads} threads for about {@code budget} seconds. */
    public static TimeEstimate probe(Scenario scenario, int threads, double budget) {
        try (ChunkPool pool = new ChunkPool(threads)) {
            CoshapeModel model = new CoshapeModel(scenario, scenario.seed(), pool, true);
            model.start();
            long deadline = System.nanoTime() + (long) (budget * 1e9);
            long[] setup = model.setupNanos();
            long records = 1;
            while (model.tick() < scenario.ticks() && System.nanoTime() < deadline) {
                model.schedule.step(model);
                if (records(model.tick(), scenario)) {
                    records++;
                }
            }
            long[] phases = model.phaseNanos();
            long stepping = 0;
            for (int k = 0; k < phases.length; k++) {
                if (k != metricsPhase()) {
                    stepping += phases[k];
                }
            }
            long ticks = model.tick();
            double recordNanos = (setup[setup.length - 1] + phases[metricsPhase()]) / (double) records;
            double setupNanos = setup[0] + setup[1] + setup[2];
            return new TimeEstimate(
                    setupNanos / 1e9, ticks == 0 ? 0 : stepping / 1e9 / ticks, recordNanos / 1e9, ticks);
        }
    }

    /** Seconds for one run of {@code scenario}: setup, every tick and every metrics record. */
    public double runSeconds(Scenario scenario) {
        return setupSeconds + scenario.ticks() * tickSeconds + recordCount(scenario) * recordSeconds;
    }

    /** The metrics records of a full run: tick 0, every {@code metrics.every} ticks, and the last tick. */
    public static long recordCount(Scenario scenario) {
        long ticks = scenario.ticks();
        long every = scenario.metrics().every();
        return 1 + ticks / every + (ticks % every == 0 ? 0 : 1);
    }

    private static boolean records(long tick, Scenario scenario) {
        return tick % scenario.metrics().every() == 0 || tick == scenario.ticks();
    }

    private static int metricsPhase() {
        return CoshapeModel.PHASES.indexOf("metrics");
    }
}
