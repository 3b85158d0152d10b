package org.coshape.metrics;

/**
 * Opinion clusters: connected components of the graph linking people whose values are within
 * {@code radius} (single linkage; a pair's squared distance is the sum over dimensions, in order,
 * of the squares of their float differences), always on every point given. Three exact methods
 * give the same components, each chosen where it is faster: grid cells united whole in up to three
 * dimensions, a bucketed breadth-first search in more; at a radius of zero, equal values grouped.
 * (A k-d tree search was tried for four or more dimensions: faster on a spread population, 20
 * times slower on a dense one, where its boxes all meet a scan's ball.) From the
 * component sizes come the two cluster metrics: how many components hold at least a share of the
 * people, and the effective number of components.
 */
public final class Clusters {
    /** Up to this many dimensions, cells of side radius/sqrt(d) hold enough points to link whole. */
    static final int GRID_MAX_DIMS = 3;

    private Clusters() {}

    /**
     * The sizes of the single-linkage components of row-major points ({@code n x d}) within the
     * Euclidean {@code radius}, in no particular order; empty when n is 0.
     */
    public static int[] sizes(float[] pts, int n, int d, double radius) {
        if (n == 0) {
            return new int[0];
        }
        if (radius == 0) {
            return IdenticalPoints.sizes(pts, n, d);
        }
        if (d <= GRID_MAX_DIMS && gridSuits(pts, n, d, radius)) {
            return GridLinkage.sizes(pts, n, d, radius);
        }
        return BreadthFirstLinkage.sizes(pts, n, d, radius);
    }

    /** Components holding at least {@code minShare} of all points (the {@code clusters} metric). */
    public static int countAtLeast(int[] sizes, double minShare) {
        long total = 0;
        for (int s : sizes) {
            total += s;
        }
        double need = minShare * total;
        int count = 0;
        for (int s : sizes) {
            if (s >= need) {
                count++;
            }
        }
        return count;
    }

    /**
     * The effective number of components, {@code (sum s)^2 / sum s^2} over all of them (Sirbu et
     * al. 2019's participation ratio): 1 for consensus, k for k equal clusters, n when everyone
     * stands alone. NaN without points.
     */
    public static double effective(int[] sizes) {
        double sum = 0;
        double squares = 0;
        for (int s : sizes) {
            sum += s;
            squares += (double) s * s;
        }
        return squares > 0 ? sum * sum / squares : Double.NaN;
    }

    /** Count of components holding at least {@code minShare} of the points (the former entry point, for tests). */
    public static int count(float[] pts, int n, int d, double radius, double minShare) {
        return countAtLeast(sizes(pts, n, d, radius), minShare);
    }

    /**
     * The grid needs a positive, finite radius and finite values whose cells fit a long; it also
     * joins points whose distance cannot be computed (infinite values in one cell), which the
     * search does not.
     */
    private static boolean gridSuits(float[] pts, int n, int d, double radius) {
        if (!(radius > 0 && radius < Double.POSITIVE_INFINITY)) {
            return false;
        }
        return allFiniteWithin(pts, n * d, 1e6 * radius);
    }

    /** Whether the first {@code count} values are finite and within {@code limit} (which may be infinite) of 0. */
    static boolean allFiniteWithin(float[] pts, int count, double limit) {
        for (int i = 0; i < count; i++) {
            if (!(Float.isFinite(pts[i]) && Math.abs(pts[i]) <= limit)) {
                return false;
            }
        }
        return true;
    }
}
