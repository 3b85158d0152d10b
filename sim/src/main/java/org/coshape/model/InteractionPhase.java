package org.coshape.model;

import java.util.Arrays;
import org.coshape.concurrent.ChunkPool;
import org.coshape.model.state.People;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * Tick phase 1: every person may ask their AI ({@link Interaction}). Runs in parallel over fixed
 * chunks; each person touches only their own state and their chunk's accumulator rows, and the
 * AIs are read-only here, so the phase is race-free and thread-count independent. At d = 4 and 8
 * the {@link InteractionKernels} run, any other d the readable rule; both give the same bits.
 * The askers of a chunk are found first, without a branch, so the kernels loop over askers only.
 * Nothing is allocated per tick.
 */
final class InteractionPhase implements Steppable {
    private static final long serialVersionUID = 1L;
    private final CoshapeModel model;
    private final transient Interaction interaction;
    /** The fast kernels, or null to run the readable rule. */
    private final transient InteractionKernels kernels;
    /** Per-thread buffer for one output vector, reused across chunks and ticks. */
    private final transient ThreadLocal<double[]> output;
    /** Per-thread buffer for one chunk's askers. */
    private final transient ThreadLocal<int[]> askers = ThreadLocal.withInitial(() -> new int[ChunkPool.CHUNK]);

    private final transient ChunkPool.ChunkTask chunkTask = this::interact;

    InteractionPhase(CoshapeModel model) {
        this(
                model,
                InteractionKernels.supports(model.people().d)
                        && !model.scenario().ai().repels()
                        && !model.scenario().ai().planning().plans());
    }

    /** {@code fast}: run the kernels (d = 4 or 8 only; tests compare them with the readable rule). */
    InteractionPhase(CoshapeModel model, boolean fast) {
        this.model = model;
        int d = model.people().d;
        if (fast && !InteractionKernels.supports(d)) {
            throw new IllegalArgumentException("the interaction kernels need d = 4 or 8, not " + d);
        }
        this.interaction = new Interaction(model);
        this.kernels = fast ? new InteractionKernels(interaction) : null;
        this.output = ThreadLocal.withInitial(() -> new double[d]);
    }

    @Override
    public void step(SimState state) {
        if (!model.aiOn()) {
            return;
        }
        interaction.startTick((long) state.schedule.getTime());
        model.pool().run(model.people().n, chunkTask);
        Accumulators.reduce(model.aiAccumulators(), model.aiTotals()); // in chunk order
    }

    private void interact(int chunk, int from, int to) {
        double[] ac = model.aiAccumulators()[chunk];
        Arrays.fill(ac, 0);
        double[] ga = model.groupAccumulators()[chunk];
        int[] askers = this.askers.get();
        int count = interaction.askers(from, to, askers);
        if (kernels != null) {
            kernels.answerAll(ac, ga, askers, count);
        } else {
            interaction.answerAll(ac, ga, askers, count, output.get());
        }
        addUsersAndTrust(ac, from, to);
    }

    /**
     * Counts every user of each assistant and adds their trust, in person order, after the
     * answers: an answered person's trust is then their new one.
     */
    private void addUsersAndTrust(double[] ac, int from, int to) {
        People p = model.people();
        int aw = interaction.aw;
        for (int i = from; i < to; i++) {
            if (p.ai[i] < 0) {
                continue; // uses no assistant (ai.choice)
            }
            int ab = p.ai[i] * aw;
            ac[ab + Accumulators.A_USERS] += 1;
            ac[ab + Accumulators.A_TRUST] += p.trust[i];
        }
    }
}
