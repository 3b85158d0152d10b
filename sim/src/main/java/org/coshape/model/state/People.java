package org.coshape.model.state;

import org.coshape.concurrent.ChunkPool;

/**
 * All human state as flat primitive arrays (structure of arrays; values person-major, so one
 * person's d values share a cache line). No object per person: the hot loops index these arrays.
 * Values are float32: the model's values live in [-1, 1] and the dynamics are contractive, so
 * 7 significant digits are far below any effect the model can show; sums are taken in double.
 *
 * <p>A run with the matched no-AI twin holds a second, {@link #counterfactual} People: the same
 * slots with their own value arrays ({@link #v}, {@link #vNext}, {@link #own}) and every trait,
 * group and assistant array shared with the real population, because the twin differs from it
 * only in what the AI did to people's values.
 */
public final class People {
    public final int n;
    public final int d;
    public final int groups;
    /**
     * Index of person 0's first value in the value arrays: person i's values are
     * {@code [base + i*d, base + (i+1)*d)}. Chosen by {@link RecordAlignment} so that records do
     * not straddle cache lines.
     */
    public final int base;
    /** Whether every record lies inside cache lines ({@link RecordAlignment#onLines}). */
    public final boolean recordsOnLines;
    /** Current values v, person-major: {@code v[base + i*d + k]}. */
    public float[] v;
    /** Second buffer for double-buffered social updates. */
    public float[] vNext;
    /** Own (endorsed) values. */
    public final float[] own;
    /**
     * The founding own values of each person's lineage: own values at the start, inherited
     * unchanged by a newcomer from their parent (null in the twin).
     */
    public final float[] origin;
    /** Values at the last metrics record: the start of the movement window (null in the twin). */
    public final float[] vSnap;
    /** Each person's movement by the AI influence term since the last record (null in the twin). */
    public final float[] moveAi;
    /**
     * Each person's movement by replacement at generation boundaries since the last record; null
     * in the twin and when the scenario has no turnover.
     */
    public final float[] moveTurnover;

    public final int[] group;
    /** Index of the AI each person uses, or -1 when there is no AI. */
    public final int[] ai;

    public final float[] susceptibility;
    public final float[] anchoring;
    public final float[] usage;
    public final float[] stance;
    public final float[] trust;
    public final float[] feedback;
    /** How much each person needs an answer (the harm of a refusal). */
    public final float[] need;
    /** Per-person interaction counts since the last metrics record. */
    public final int[] asks;

    public final int[] answered;
    public final float[] welfareSum;
    /** People of each group, in index order. */
    public final int[][] members;

    /**
     * Allocates the state of {@code n} people. The arrays are allocated (and so zeroed) by the
     * pool's threads in parallel: on a fresh heap, zeroing is page faults, which at 10^6 people
     * are a large part of the set-up on one thread.
     *
     * @param turnover whether the scenario replaces people (allocates {@link #moveTurnover})
     */
    public People(int n, int d, int groups, int[] group, boolean turnover, ChunkPool pool) {
        this.n = n;
        this.d = d;
        this.groups = groups;
        this.group = group;
        this.base = RecordAlignment.offset(d);
        long cells = cells(n, d, base);
        this.recordsOnLines = RecordAlignment.onLines(d, 4 * cells);
        // one job per array, the value arrays first (largest), then the float and int columns
        int valueArrays = turnover ? 7 : 6;
        int floats = valueArrays + 8;
        float[][] f = new float[floats][];
        int[][] ints = new int[3][];
        pool.forEach(floats + ints.length, k -> {
            if (k < floats) {
                f[k] = new float[k < valueArrays ? (int) cells : n];
            } else {
                ints[k - floats] = new int[n];
            }
        });
        v = f[0];
        vNext = f[1];
        own = f[2];
        origin = f[3];
        vSnap = f[4];
        moveAi = f[5];
        moveTurnover = turnover ? f[6] : null;
        int t = valueArrays;
        susceptibility = f[t];
        anchoring = f[t + 1];
        usage = f[t + 2];
        stance = f[t + 3];
        trust = f[t + 4];
        feedback = f[t + 5];
        welfareSum = f[t + 6];
        need = f[t + 7];
        ai = ints[0];
        asks = ints[1];
        answered = ints[2];
        members = Groups.members(group, groups);
    }

    /** The twin's state: own value arrays (copies of this population's), every other array shared. */
    private People(People real, ChunkPool pool) {
        this.n = real.n;
        this.d = real.d;
        this.groups = real.groups;
        this.group = real.group;
        this.base = real.base;
        this.recordsOnLines = real.recordsOnLines;
        int cells = real.v.length;
        float[][] f = new float[3][];
        pool.forEach(3, k -> f[k] = new float[cells]);
        v = f[0];
        vNext = f[1];
        own = f[2];
        System.arraycopy(real.v, 0, v, 0, cells);
        System.arraycopy(real.own, 0, own, 0, cells);
        origin = null;
        vSnap = null;
        moveAi = null;
        moveTurnover = null;
        ai = real.ai;
        susceptibility = real.susceptibility;
        anchoring = real.anchoring;
        usage = real.usage;
        stance = real.stance;
        trust = real.trust;
        feedback = real.feedback;
        asks = real.asks;
        answered = real.answered;
        welfareSum = real.welfareSum;
        need = real.need;
        members = real.members;
    }

    /**
     * The matched no-AI twin of these people as they are now: the same slots, values and traits.
     * Only its values evolve apart; its traits are this population's (turnover redraws them once,
     * for both).
     */
    public People counterfactual(ChunkPool pool) {
        return new People(this, pool);
    }

    private static long cells(int n, int d, int base) {
        long cells = base + (long) n * d;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large for one array: " + n + " x " + d);
        }
        return cells;
    }

    /** Index of person {@code i}'s first value in the value arrays. */
    public int at(int i) {
        return base + i * d;
    }

    /**
     * The squared distance between persons {@code i} and {@code j} in {@code values} (this
     * population's {@link #v}, {@link #vNext} or a twin's, all laid out alike), summed over the
     * dimensions: each difference taken in float, as the social rules take it.
     */
    public double squaredDistance(float[] values, int i, int j) {
        int ib = at(i);
        int jb = at(j);
        double s = 0;
        for (int q = 0; q < d; q++) {
            double x = values[jb + q] - values[ib + q];
            s += x * x;
        }
        return s;
    }

    /** Swaps the value buffers after a double-buffered pass has written {@link #vNext}. */
    public void swap() {
        float[] t = v;
        v = vNext;
        vNext = t;
    }
}
