package org.coshape.model;

import java.util.Arrays;

/**
 * Layout of the per-chunk accumulator rows. Each chunk writes only its own row; rows are summed
 * in chunk order, which makes every reduction bit-identical at any thread count.
 */
public final class Accumulators {
    /**
     * Per AI (per tick): feedback count, users, trust sum, answers, sums of the answers'
     * satisfaction and welfare, then sums of (v - w) and of the engagement gradient; when people
     * choose their assistant, then per group the answers and their satisfaction and welfare sums
     * ({@link #A_BY_GROUP}).
     */
    public static final int A_FEEDBACK = 0;

    public static final int A_USERS = 1;
    public static final int A_TRUST = 2;
    public static final int A_ANSWERED = 3;
    public static final int A_SAT = 4;
    public static final int A_WELFARE = 5;
    public static final int A_DIFF = 6;

    /** Per group (per metrics window): interaction outcomes and output moments. */
    public static final int G_ASKS = 0;

    public static final int G_REFUSALS = 1;
    public static final int G_ANSWERED = 2;
    public static final int G_GAP2 = 3;
    public static final int G_OWNGAP2 = 4;
    public static final int G_SAT = 5;
    public static final int G_WELFARE = 6;
    public static final int G_ENGAGEMENT = 7;
    /** Sum over answers of the satisfaction the answer would earn from the person's twin. */
    public static final int G_SAT_TWIN = 8;
    /** Gap between people and their assistants closed by people moving under AI influence. */
    public static final int G_CLOSED_BY_PEOPLE = 9;
    /** Gap between people and their assistants closed by the assistants moving. */
    public static final int G_CLOSED_BY_AI = 10;
    /** People who changed assistant (switched, left or came back). */
    public static final int G_CHANGES = 11;
    /** Harm of the window's refusals (the askers' needs) and of its answers (vulnerability x risk). */
    public static final int G_REFUSAL_HARM = 12;

    public static final int G_ANSWER_HARM = 13;
    /** The answers' output sums (d), then their second moments (d(d+1)/2). */
    public static final int G_OUT = 14;
    /** Per group, from {@code A_BY_GROUP(d) + 3 g}: answers, their satisfaction sum, their welfare sum. */
    public static final int BY_GROUP_WIDTH = 3;

    private Accumulators() {}

    public static int aiWidth(int d) {
        return A_DIFF + 2 * d;
    }

    /**
     * Where an assistant's refusal reports (count, then signal sum) start in its row: after the
     * per-group sums when {@code byGroup}; the row ends there when no assistant learns its refusals.
     */
    public static int refusalReports(int d, int groups, boolean byGroup) {
        return aiWidth(d) + (byGroup ? BY_GROUP_WIDTH * groups : 0);
    }

    /** Where an assistant's per-group sums start in its row. */
    public static int byGroup(int d) {
        return aiWidth(d);
    }

    public static int groupWidth(int d) {
        return G_OUT + d + d * (d + 1) / 2;
    }

    /**
     * Doubles of padding after each row. Chunks are claimed in order, so neighbouring chunks run
     * at the same time on different cores; rows allocated back to back would share cache lines
     * and every accumulator update would bounce the line between cores (false sharing).
     */
    static final int ROW_PAD = 16;

    /** One accumulator row of {@code width} doubles per chunk, padded so rows never share a cache line. */
    public static double[][] rows(int chunks, int width) {
        double[][] rows = new double[chunks][];
        for (int c = 0; c < chunks; c++) {
            rows[c] = new double[width + ROW_PAD];
        }
        return rows;
    }

    /** Sums the first {@code out.length} entries of rows {@code rows[0..]} into {@code out}, in row order. */
    public static void reduce(double[][] rows, double[] out) {
        Arrays.fill(out, 0);
        for (double[] row : rows) {
            for (int k = 0; k < out.length; k++) {
                out[k] += row[k];
            }
        }
    }
}
