package org.coshape.bench;

import org.coshape.cli.BenchCommand;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.scenario.Scenario;

/**
 * Throughput of the bench model in consecutive windows of ticks in one JVM, from the first tick:
 * shows when the JIT has settled, which a warm-up must wait for. This is how `bench`'s default
 * warm-up was chosen (the interaction is compiled again once, at about tick 30 at 10^6 people).
 * Usage: {@code java -XX:+UseTransparentHugePages -cp sim/target/benchmarks.jar
 * org.coshape.bench.WarmUpCurve HUMANS TICKS WINDOW THREADS} (d = 8, Hegselmann-Krause); add
 * {@code -XX:+PrintCompilation} to see the recompilations beside the windows.
 */
public final class WarmUpCurve {
    private WarmUpCurve() {}

    public static void main(String[] args) {
        int humans = Integer.parseInt(args[0]);
        int ticks = Integer.parseInt(args[1]);
        int window = Integer.parseInt(args[2]);
        int threads = Integer.parseInt(args[3]);
        int interaction = CoshapeModel.PHASES.indexOf("interaction");
        int social = CoshapeModel.PHASES.indexOf("social");
        Scenario s = BenchCommand.benchScenario(humans, 8, ticks + 1, 10, "hegselmann_krause");
        try (ChunkPool pool = new ChunkPool(threads)) {
            CoshapeModel m = new CoshapeModel(s, s.seed(), pool, true);
            m.start();
            for (int w = 0; w + window <= ticks; w += window) {
                long[] before = m.phaseNanos();
                long t0 = System.nanoTime();
                for (int i = 0; i < window; i++) {
                    m.schedule.step(m);
                }
                long wall = System.nanoTime() - t0;
                long[] after = m.phaseNanos();
                double personTicks = (double) humans * window;
                System.out.printf(
                        "ticks %4d-%4d: whole tick %.3g, interaction %.3g, social %.3g person-ticks/s%n",
                        w,
                        w + window,
                        personTicks / (wall / 1e9),
                        personTicks / ((after[interaction] - before[interaction]) / 1e9),
                        personTicks / ((after[social] - before[social]) / 1e9));
            }
        }
    }
}
