package org.coshape.model;

/**
 * All human state as flat primitive arrays (structure of arrays; values person-major, so one
 * person's d values share a cache line). No object per person: the hot loops index these arrays.
 * Values are float32: the model's values live in [-1, 1] and the dynamics are contractive, so
 * 7 significant digits are far below any effect the model can show; sums are taken in double.
 */
public final class People {
    public final int n;
    public final int d;
    public final int groups;
    /**
     * Index of person 0's first value in {@link #v}, {@link #vNext}, {@link #own} and
     * {@link #vSnap}: person i's values are {@code [base + i*d, base + (i+1)*d)}. Chosen by
     * {@link RecordAlignment} so that records do not straddle cache lines.
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
    public final int[] group;
    /** Index of the AI each person uses, or -1 when there is no AI. */
    public final int[] ai;
    public final float[] susceptibility;
    public final float[] anchoring;
    public final float[] usage;
    public final float[] stance;
    public final float[] trust;
    public final float[] feedback;
    /** Per-person interaction counts since the last metrics record. */
    public final int[] asks;
    public final int[] answered;
    public final float[] welfareSum;
    /** Values at the last metrics record, for the conformity decomposition. */
    public final float[] vSnap;
    /** People of each group, in index order. */
    public final int[][] members;

    /**
     * Allocates the state of {@code n} people. The arrays are allocated (and so zeroed) by the
     * pool's threads in parallel: on a fresh heap, zeroing is page faults, and at 10^6 people they
     * were a third of the set-up time on one thread (measured: 142 MB in 0.51 s on one thread,
     * 0.29 s on two).
     */
    public People(int n, int d, int groups, int[] group, ChunkPool pool) {
        this.n = n;
        this.d = d;
        this.groups = groups;
        this.group = group;
        this.base = RecordAlignment.offset(d);
        long cells = base + (long) n * d;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large for one array: " + n + " x " + d);
        }
        this.recordsOnLines = RecordAlignment.onLines(d, 4 * cells);
        // one job per array, the four value arrays first (largest), then the float and int columns
        int floats = 11;
        float[][] f = new float[floats][];
        int[][] ints = new int[3][];
        pool.forEach(floats + ints.length, k -> {
            if (k < floats) {
                f[k] = new float[k < 4 ? (int) cells : n];
            } else {
                ints[k - floats] = new int[n];
            }
        });
        v = f[0];
        vNext = f[1];
        own = f[2];
        vSnap = f[3];
        susceptibility = f[4];
        anchoring = f[5];
        usage = f[6];
        stance = f[7];
        trust = f[8];
        feedback = f[9];
        welfareSum = f[10];
        ai = ints[0];
        asks = ints[1];
        answered = ints[2];
        members = org.coshape.model.network.Groups.members(group, groups);
    }

    /** Index of person {@code i}'s first value in the value arrays. */
    public int at(int i) {
        return base + i * d;
    }

    /** Swaps the value buffers after a double-buffered pass has written {@link #vNext}. */
    public void swap() {
        float[] t = v;
        v = vNext;
        vNext = t;
    }

}
