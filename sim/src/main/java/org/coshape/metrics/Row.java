package org.coshape.metrics;

import java.util.List;

/**
 * What one metrics record knows about one output row (everyone, or one group): the sums of the
 * passes over people, the sums of the interaction window since the previous record, and the
 * distribution statistics computed from the people. Every {@link Metric} is a function of a Row
 * alone. The model's metrics phase fills it; nothing here reads model state. Sums are over the
 * row's people (or their answers); distances in the sums are Euclidean, squared where named so.
 */
public final class Row {
    /** Value dimensions. */
    public int d;

    // people, at the record's tick
    /** People in the row. */
    public double people;
    /** Sum of |v - own|^2. */
    public double drift2;
    /** Sum of |v - origin|^2, origin the lineage's founding own values. */
    public double lineage2;
    /** Sum of |own - origin|^2. */
    public double endorsed2;

    public double trust;
    /**
     * Over the row's people answered in the window: their count, and the sums of trust, of mean
     * welfare, of their squares and of their product.
     */
    public double[] calibration = new double[6];

    /** People who asked in the window, and those of them never answered. */
    public double askers;

    public double unmet;
    public double[] meanV;
    public double[] meanOwn;
    public double[][] covV;
    public double[][] covOwn;
    /** Diversity of the row at tick 0. */
    public double diversityAtStart;
    /** Sums of the 2nd, 3rd and 4th powers of the centred projections on the first principal axis. */
    public double axis2;

    public double axis3;
    public double axis4;
    /** Mean pairwise RMS distance between the row's people (exact, or on a fixed sample of pairs). */
    public double meanPairwiseDistance;
    /** Sizes of all single-linkage components of the row's people within the cluster radius (null: not counted). */
    public int[] clusterSizes = new int[0];

    public double clusterMinShare;
    /** The row's per-person mean welfare over the window (answered people), ascending. */
    public float[] sortedWelfare = new float[0];

    public int welfareCount;

    // movement over the window since the previous record
    /** Whether a window precedes this record (false at tick 0). */
    public boolean windowed;
    /** Sums over people of the RMS length of their movement by each route. */
    public double movementAi;

    public double movementSocial;
    public double movementTurnover;

    // the interaction window
    public double asks;
    public double refusals;
    /** Sums of the window's refusal harms (askers' needs) and answer harms (vulnerability x risk). */
    public double refusalHarm;

    public double answerHarm;
    public double answered;
    /** Sums over answers of |o - v|^2 and |o - own|^2. */
    public double gap2;

    public double ownGap2;
    public double satisfaction;
    public double welfare;
    public double engagement;
    /** Mean and covariance of the window's outputs (null without answers). */
    public double[] outputMean;

    public double[][] outputCov;

    // assistants
    /** Users of each assistant among the row's people. */
    public double[] assistantUsers = new double[0];
    /** Each assistant's judged target, assistant-major, NaN where the judge sets none. */
    public double[] targets = new double[0];
    /** This generation's aggregate of each assistant's designers' values, assistant-major. */
    public double[] designerAggregates = new double[0];
    /** Each assistant's promoted values, assistant-major. */
    public double[] promoted = new double[0];
    /** Sums of the current values of each assistant's users among the row's people, assistant-major. */
    public double[] assistantValueSums = new double[0];
    /** Sum of |v|^2 over the row's people who use an assistant. */
    public double usersSquares;
    /** Assistant changes (switching, leaving, coming back) in the window, and the window's ticks. */
    public double changes;

    public long windowTicks;

    // the matched no-AI twin
    /** Whether the twin ran, so the attribution metrics are defined. */
    public boolean twin;
    /** Sum of |v - v0|^2, v0 the person's values in the twin. */
    public double induced2;
    /** Sum over answers of the satisfaction the answer would earn from the person's twin. */
    public double satisfactionTwin;
    /** Gap between people and assistants closed by people moving under AI influence, and by the assistants. */
    public double closedByPeople;

    public double closedByAi;
    /** Sum over people with a first target of RMS |v0 - t1| - RMS |v - t1|, and their number. */
    public double dominance;

    public double dominanceCount;

    /** For the row of everyone: the group rows (null for a group row). */
    public List<Row> groups;

    private double[] frechet;

    /**
     * The squared mean and covariance terms of the Frechet distance between a Gaussian fit of
     * the window's outputs and one of the row's own values, or null without answers (computed once).
     */
    double[] frechetTerms() {
        if (frechet == null && outputMean != null) {
            frechet = Stats.frechetTerms(outputMean, outputCov, meanOwn, covOwn);
        }
        return frechet;
    }
}
