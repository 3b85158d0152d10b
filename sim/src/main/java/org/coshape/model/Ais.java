package org.coshape.model;

/**
 * State of the M competing AI assistants: the values each promotes ({@code w}), its training
 * target, and its behavioural parameters. Small (M x d), updated sequentially after each
 * interaction phase.
 */
public final class Ais {
    public final int m;
    public final int d;
    public final double[] w;
    public final double[] target;
    public final double[] wSnap;
    public final double[] listening;
    public final double[] gain;
    public final double[] persuasiveness;
    public final double[] refusal;
    /** People assigned to each AI. */
    public final int[] users;

    public Ais(int m, int d) {
        this.m = m;
        this.d = d;
        w = new double[m * d];
        target = new double[m * d];
        wSnap = new double[m * d];
        listening = new double[m];
        gain = new double[m];
        persuasiveness = new double[m];
        refusal = new double[m];
        users = new int[m];
    }
}
