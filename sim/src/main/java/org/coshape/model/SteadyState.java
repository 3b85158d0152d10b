package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.state.Ais;
import org.coshape.model.state.People;
import org.coshape.scenario.StopSpec;

/**
 * Watches a run for steady state ({@code stop.steady}). The state it watches is what a run's
 * conclusions are made of: each group's mean values and spread (RMS per dimension around the
 * mean), in the population and in its twin, and each assistant's values and listening. The run
 * is steady at tick {@code t} when, over the last {@code window} ticks, each of these moved, net,
 * less than {@code tolerance} per tick ({@code |x_t - x_{t-window}|_R / window}, RMS per
 * dimension for vectors). It is net movement over a window, not each tick's movement, because a
 * stochastic run never stops moving person by person: people ask on random days and each answer
 * nudges them, so individual values fluctuate around a stationary distribution forever while the
 * aggregates settle. The first such tick is the run's {@code ticks_to_steady}, and the run ends
 * there. Only built when the scenario asks for it, so a run without {@code stop.steady} pays
 * nothing.
 */
final class SteadyState {
    private final StopSpec spec;
    private final ChunkPool pool;
    private final People[] populations;
    private final Ais ais;
    private final int d;
    private final int groups;
    private final int[] groupSize;
    /** Per chunk: for each group, the sum of values per dimension and the sum of squares. */
    private final double[][] chunkSums;
    /** The watched state of the last {@code window + 1} ticks, a ring indexed by tick. */
    private final double[][] ring;

    private long steadyAt = -1;
    private double lastMove = Double.NaN;

    SteadyState(StopSpec spec, ChunkPool pool, People people, People twin, Ais ais) {
        this.spec = spec;
        this.pool = pool;
        this.populations = twin == null || twin == people ? new People[] {people} : new People[] {people, twin};
        this.ais = ais;
        this.d = people.d;
        this.groups = people.groups;
        this.groupSize = new int[groups];
        for (int i = 0; i < people.n; i++) {
            groupSize[people.group[i]]++;
        }
        this.chunkSums = new double[ChunkPool.chunks(people.n)][groups * (d + 1)];
        int length = populations.length * groups * (d + 1) + ais.m * (d + 1);
        this.ring = new double[spec.window() + 1][length];
        capture(ring[0]);
    }

    /** Takes the state after {@code tick}; true when the run is steady at this tick. */
    boolean observe(long tick) {
        int window = spec.window();
        double[] now = ring[(int) (tick % (window + 1))];
        capture(now);
        if (tick < window) {
            return false;
        }
        double[] then = ring[(int) ((tick - window) % (window + 1))];
        double move = 0;
        int blocks = now.length / (d + 1);
        for (int b = 0; b < blocks; b++) {
            int at = b * (d + 1);
            double ss = 0;
            for (int k = 0; k < d; k++) {
                double x = now[at + k] - then[at + k];
                ss += x * x;
            }
            move = Math.max(move, Math.sqrt(ss / d));
            move = Math.max(move, Math.abs(now[at + d] - then[at + d]));
        }
        lastMove = move / window;
        boolean steady = lastMove < spec.tolerance();
        if (steady && steadyAt < 0) {
            steadyAt = tick;
        }
        return steady;
    }

    /** Writes the watched state: per population and group the mean and spread, then per assistant w and listening. */
    private void capture(double[] out) {
        int at = 0;
        for (People p : populations) {
            groupMoments(p);
            for (int g = 0; g < groups; g++) {
                double[] sums = new double[d + 1];
                for (double[] chunk : chunkSums) {
                    for (int k = 0; k <= d; k++) {
                        sums[k] += chunk[g * (d + 1) + k];
                    }
                }
                int n = Math.max(1, groupSize[g]);
                double meanSquare = 0;
                for (int k = 0; k < d; k++) {
                    out[at + k] = sums[k] / n;
                    meanSquare += out[at + k] * out[at + k];
                }
                out[at + d] = Math.sqrt(Math.max(0, (sums[d] / n - meanSquare) / d));
                at += d + 1;
            }
        }
        for (int j = 0; j < ais.m; j++) {
            System.arraycopy(ais.w, j * d, out, at, d);
            out[at + d] = ais.listening[j];
            at += d + 1;
        }
    }

    private void groupMoments(People p) {
        float[] v = p.v;
        int base = p.base;
        int[] group = p.group;
        pool.run(p.n, (chunk, from, to) -> {
            double[] sums = chunkSums[chunk];
            Arrays.fill(sums, 0);
            for (int i = from; i < to; i++) {
                int at = group[i] * (d + 1);
                int idx = base + i * d;
                for (int k = 0; k < d; k++) {
                    double x = v[idx + k];
                    sums[at + k] += x;
                    sums[at + d] += x * x;
                }
            }
        });
    }

    /** The tick at which the run became steady, or -1. */
    long steadyAt() {
        return steadyAt;
    }

    /** The net movement per tick over the last window (NaN before a window has passed). */
    double lastMove() {
        return lastMove;
    }
}
