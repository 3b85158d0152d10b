package org.coshape.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Both cluster counts against the definition (every pair compared, {@link StatsTest#bruteForce}),
 * on the states a run passes through and on the inputs that break grids: a constant axis, points
 * on bucket boundaries at exactly the radius, values no grid can hold, and radii of zero or less.
 */
class ClustersTest {

    @Test
    void breadthFirstSearchAgreesWithEveryPairCompared() {
        agreesWithEveryPairCompared(
                (p, n, d, r, m) -> Clusters.countAtLeast(BreadthFirstLinkage.sizes(p, n, d, r), m), 7, 400, 8, 1500);
    }

    @Test
    void gridAgreesWithEveryPairComparedWhereItIsChosen() {
        agreesWithEveryPairCompared(
                (p, n, d, r, m) -> Clusters.countAtLeast(GridLinkage.sizes(p, n, d, r), m),
                8,
                300,
                Clusters.GRID_MAX_DIMS,
                400);
    }

    /** A count method, as {@link Clusters#count} takes its arguments. */
    private interface Count {
        int of(float[] pts, int n, int d, double radius, double minShare);
    }

    /**
     * {@code trials} random states of up to {@code maxDims} dimensions and 400 points, every tenth
     * of up to {@code largest}, each at one of four radii and six minimum shares.
     */
    private static void agreesWithEveryPairCompared(Count count, long seed, int trials, int maxDims, int largest) {
        Random r = new Random(seed);
        for (int trial = 0; trial < trials; trial++) {
            int d = 1 + trial % maxDims;
            int n = 1 + r.nextInt(trial % 10 == 0 ? largest : 400);
            float[] pts = state(r, trial / maxDims % 5, n, d);
            double radius = new double[] {0.01, 0.05, 0.1, 0.3}[trial % 4];
            double minShare = new double[] {0, 0.01, 0.05, 0.3, 0.6, 0.9}[trial % 6];
            assertEquals(
                    StatsTest.bruteForce(pts, n, d, radius, minShare),
                    count.of(pts, n, d, radius, minShare),
                    "trial " + trial);
        }
    }

    /**
     * Points on a lattice of spacing radius: neighbours sit at exactly the radius (in or out as
     * the float sums round) and on bucket edges, where a grid that rounds a bucket the wrong way
     * loses a link. Offsets move the lattice against the buckets.
     */
    @Test
    void pairsAtExactlyTheRadiusOnBucketEdges() {
        Random r = new Random(9);
        for (int trial = 0; trial < 160; trial++) {
            int d = 1 + trial % 6;
            double radius = new double[] {0.05, 0.1, 0.025, 1.0 / 3}[trial % 4];
            int n = 60 + r.nextInt(200);
            float[] pts = new float[n * d];
            float offset = (float) (r.nextInt(7) * radius * 1e-3);
            for (int i = 0; i < n; i++) {
                for (int k = 0; k < d; k++) {
                    pts[i * d + k] = (float) (offset + radius * r.nextInt(k < 2 ? 12 : 2));
                }
            }
            for (double minShare : new double[] {0, 0.1}) {
                int expected = StatsTest.bruteForce(pts, n, d, radius, minShare);
                assertEquals(
                        expected,
                        Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, n, d, radius), minShare),
                        "trial " + trial);
                assertEquals(expected, Clusters.count(pts, n, d, radius, minShare), "trial " + trial);
            }
        }
    }

    /**
     * A float difference that rounds down to exactly the radius across bucket edges: 0.1f and
     * -1e-10f differ by 0.1f once rounded, so a radius of 0.1f links them. Cells one radius wide
     * (the grid's in one dimension, half a radius in four) put them one cell further apart than a
     * radius can span; the grid looked that far and missed the link (fails on the old reach).
     */
    @Test
    void aDifferenceRoundedDownToTheRadiusStillLinks() {
        double radius = 0.1f;
        for (int d = 1; d <= 4; d++) {
            float[] pts = new float[2 * d];
            pts[0] = 0.1f;
            pts[d] = -1e-10f;
            assertEquals(1, StatsTest.bruteForce(pts, 2, d, radius, 0));
            assertEquals(1, Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, 2, d, radius), 0), "d " + d);
            assertEquals(1, Clusters.countAtLeast(GridLinkage.sizes(pts, 2, d, radius), 0), "d " + d);
            assertEquals(1, Clusters.count(pts, 2, d, radius, 0), "d " + d);
        }
    }

    /** The last component counts when it holds exactly the minimum share. */
    @Test
    void theLastComponentAtExactlyTheMinimumShareCounts() {
        float[] pts = {0, 0, 0, 0, 0, 0, 0, 0.9f, 0.9f, 0.9f};
        assertEquals(2, StatsTest.bruteForce(pts, 10, 1, 0.05, 0.3));
        assertEquals(2, Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, 10, 1, 0.05), 0.3));
        assertEquals(1, Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, 10, 1, 0.05), 0.31));
    }

    /**
     * Values that cannot be gridded (NaN, infinite, huge) and radii of zero, less, NaN or
     * infinity: the count is still the definition's, with a pair whose distance is NaN not linked.
     */
    @Test
    void valuesAndRadiiNoGridCanHold() {
        float[][] states = {
            {0f, 0.01f, Float.NaN, 0.02f, 0.5f, Float.NaN, 0.51f, 0.5f},
            {Float.POSITIVE_INFINITY, 0f, Float.POSITIVE_INFINITY, 0f, 0f, 0f, 0.01f, 0f},
            {3e37f, 0f, 3e37f, 0.01f, -3e37f, 0f, 0f, 0f},
            {0f, -0f, -0f, 0f, 0f, 0f, 0.3f, 0.3f},
        };
        for (float[] pts : states) {
            for (double radius : new double[] {0.05, 0, -0.05, Double.NaN, Double.POSITIVE_INFINITY, 1e300, 1e303}) {
                for (int d : new int[] {1, 2, 4}) {
                    int n = pts.length / d;
                    int expected = StatsTest.bruteForce(pts, n, d, radius, 0);
                    assertEquals(
                            expected,
                            Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, n, d, radius), 0),
                            "radius " + radius + ", d " + d + ": " + Arrays.toString(pts));
                    assertEquals(
                            expected,
                            Clusters.count(pts, n, d, radius, 0),
                            "radius " + radius + ", d " + d + ": " + Arrays.toString(pts));
                }
            }
        }
    }

    /**
     * At a radius of zero only equal values link (-0 equals 0; a NaN or infinite value links with
     * nothing, not even a copy of itself), counted by grouping equal points.
     */
    @Test
    void aRadiusOfZeroGroupsEqualValues() {
        Random r = new Random(10);
        float[] choices = {0f, -0f, 0.25f, 0.5f, Float.NaN, Float.POSITIVE_INFINITY, Float.MIN_VALUE};
        for (int trial = 0; trial < 60; trial++) {
            int d = 1 + trial % 4;
            int n = 1 + r.nextInt(trial % 6 == 0 ? 3000 : 300);
            float[] pts = new float[n * d];
            for (int i = 0; i < pts.length; i++) {
                pts[i] = choices[r.nextInt(trial % 2 == 0 ? 4 : choices.length)];
            }
            for (double minShare : new double[] {0, 0.01, 0.2}) {
                assertEquals(
                        StatsTest.bruteForce(pts, n, d, 0, minShare),
                        Clusters.count(pts, n, d, 0, minShare),
                        "trial " + trial + ", share " + minShare);
            }
        }
        assertEquals(
                StatsTest.bruteForce(new float[] {0f, -0f}, 2, 1, -0.0, 0),
                Clusters.count(new float[] {0f, -0f}, 2, 1, -0.0, 0));
    }

    /**
     * Radii far below the values' spread (10^-8 across [0, 1] is 10^8 buckets a side, 10^-10 more
     * than an int counts, so the coordinates are then ranked): the search still buckets them and
     * agrees with every pair compared.
     */
    @Test
    void radiiFarBelowTheSpreadOfValues() {
        Random r = new Random(11);
        for (int trial = 0; trial < 64; trial++) {
            int d = 1 + trial % 8;
            int n = 50 + r.nextInt(400);
            double radius = new double[] {1e-10, 1e-8, 3e-7, 1e-5}[trial % 4];
            float[] pts = new float[n * d];
            for (int i = 0; i < n; i++) {
                float base = r.nextFloat();
                for (int k = 0; k < d; k++) {
                    // pairs of near twins: half the points sit a radius or so from another one
                    pts[i * d + k] = i % 2 == 1
                            ? pts[(i - 1) * d + k] + (float) (radius * r.nextDouble() / d)
                            : (k == 0 ? base : r.nextFloat());
                }
            }
            int expected = StatsTest.bruteForce(pts, n, d, radius, 0);
            assertEquals(
                    expected, Clusters.countAtLeast(BreadthFirstLinkage.sizes(pts, n, d, radius), 0), "trial " + trial);
            assertEquals(expected, Clusters.count(pts, n, d, radius, 0), "trial " + trial);
        }
    }

    /**
     * A run's states: blobs of several spreads, uniform noise, everyone agreeing on one axis
     * (nothing to bucket by there), a tight consensus, and blobs with scattered outliers.
     */
    private static float[] state(Random r, int kind, int n, int d) {
        float[] pts = new float[n * d];
        int blobs = 1 + r.nextInt(5);
        double spread = new double[] {0.001, 0.02, 0.1}[r.nextInt(3)];
        for (int i = 0; i < n; i++) {
            int blob = r.nextInt(blobs);
            boolean outlier = r.nextInt(10) == 0;
            for (int k = 0; k < d; k++) {
                double v = switch (kind) {
                    case 0 -> 0.1 + 0.2 * blob + spread * r.nextGaussian();
                    case 1 -> r.nextDouble();
                    case 2 -> k == 0 ? 0.5 : r.nextDouble();
                    case 3 -> 0.5 + 0.001 * r.nextGaussian();
                    default -> outlier ? r.nextDouble() : 0.3 + 0.4 * blob / blobs + 0.02 * r.nextGaussian();
                };
                pts[i * d + k] = (float) v;
            }
        }
        return pts;
    }
}
