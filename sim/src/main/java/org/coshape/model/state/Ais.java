package org.coshape.model.state;

import java.util.Arrays;

/**
 * State of the M competing AI assistants: the values each promotes ({@code w}), its training
 * target, its behavioural parameters, and what its users did with it over the current metrics
 * window. Small (M x d), updated sequentially after each interaction phase.
 */
public final class Ais {
    public final int m;
    public final int d;
    /** Promoted values, assistant-major: {@code w[j*d + k]}. */
    public final double[] w;
    /** Promoted values before this tick's update (for the assistants' share of gap closing). */
    public final double[] wBefore;
    /** The judged training target; NaN on a dimension where the judge sets none ({@code unmeasured: free}). */
    public final double[] target;
    /** This generation's aggregate of each assistant's designers' values (what its judge rates against). */
    public final double[] designerAggregate;
    /** The first generation's judged target ({@code designer_dominance}); NaN where it set none. */
    public final double[] firstTarget;

    public final double[] listening;
    public final double[] gain;
    public final double[] persuasiveness;
    public final double[] refusal;
    /** People assigned to each AI. */
    public final int[] users;
    /** This window's answers, feedback count, and sums of users' satisfaction and welfare, per AI. */
    public final double[] windowAnswered;

    public final double[] windowFeedback;
    public final double[] windowSatisfaction;
    public final double[] windowWelfare;
    /** The users' mean trust in each AI after the last interaction phase. */
    public final double[] meanTrust;

    public Ais(int m, int d) {
        this.m = m;
        this.d = d;
        w = new double[m * d];
        wBefore = new double[m * d];
        target = new double[m * d];
        firstTarget = new double[m * d];
        designerAggregate = new double[m * d];
        listening = new double[m];
        gain = new double[m];
        persuasiveness = new double[m];
        refusal = new double[m];
        users = new int[m];
        windowAnswered = new double[m];
        windowFeedback = new double[m];
        windowSatisfaction = new double[m];
        windowWelfare = new double[m];
        meanTrust = new double[m];
    }

    /** Starts a new metrics window. */
    public void clearWindow() {
        Arrays.fill(windowAnswered, 0);
        Arrays.fill(windowFeedback, 0);
        Arrays.fill(windowSatisfaction, 0);
        Arrays.fill(windowWelfare, 0);
    }
}
