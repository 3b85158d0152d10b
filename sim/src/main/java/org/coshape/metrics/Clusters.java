package org.coshape.metrics;

/**
 * Opinion clusters: connected components of the graph linking people whose values are within
 * {@code radius} (single linkage; a pair's squared distance is the sum over dimensions, in order,
 * of the squares of their float differences), counting only components that hold at least
 * {@code minShare} of the people. Three exact methods give the same count; each is chosen where it
 * is faster (measured in {@code sim/doc/performance.md}): grid cells united whole in up to three
 * dimensions, a breadth-first search in more; at a radius of zero, equal values grouped.
 */
public final class Clusters {
    /** Up to this many dimensions, cells of side radius/sqrt(d) hold enough points to link whole. */
    static final int GRID_MAX_DIMS = 3;

    private Clusters() {
    }

    /** @param pts row-major points ({@code n x d}) */
    public static int count(float[] pts, int n, int d, double radius, double minShare) {
        if (n == 0) {
            return 0;
        }
        if (radius == 0) {
            return IdenticalPoints.count(pts, n, d, minShare);
        }
        if (d <= GRID_MAX_DIMS && gridSuits(pts, n, d, radius)) {
            return GridLinkage.count(pts, n, d, radius, minShare);
        }
        return BreadthFirstLinkage.count(pts, n, d, radius, minShare);
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
