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
    /** Current values v, person-major: {@code v[i*d + k]}. */
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

    public People(int n, int d, int groups, int[] group) {
        this.n = n;
        this.d = d;
        this.groups = groups;
        this.group = group;
        long cells = (long) n * d;
        if (cells > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("population too large for one array: " + n + " x " + d);
        }
        v = new float[(int) cells];
        vNext = new float[(int) cells];
        own = new float[(int) cells];
        vSnap = new float[(int) cells];
        ai = new int[n];
        susceptibility = new float[n];
        anchoring = new float[n];
        usage = new float[n];
        stance = new float[n];
        trust = new float[n];
        feedback = new float[n];
        asks = new int[n];
        answered = new int[n];
        welfareSum = new float[n];
        members = org.coshape.model.network.Groups.members(group, groups);
    }

    /** Swaps the value buffers after a double-buffered pass has written {@link #vNext}. */
    public void swap() {
        float[] t = v;
        v = vNext;
        vNext = t;
    }

}
