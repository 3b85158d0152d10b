package org.coshape.metrics;

import java.util.Arrays;

/**
 * Single-linkage components found one at a time by breadth-first search: each reached point takes
 * every point not yet reached within radius of it, and a taken point leaves the search, so late
 * scans meet only the points still out. Points are bucketed by a grid of side just above radius
 * on the two axes along which they spread widest, so a scan visits the 3 x 3 buckets around its
 * point, not everyone. In four or more dimensions grid cells of side radius/sqrt(d) hold about one
 * point each and linking them cell by cell costs more than this search; {@link Clusters} chooses
 * it there, and wherever the values or the radius do not suit a grid (it then scans everyone).
 */
final class BreadthFirstLinkage {
    /** Values beyond this many buckets from zero are not gridded (a bucket's index would be inexact). */
    private static final double MAX_CELLS = 1e12;
    /** Buckets a little wider than radius: a pair within radius then never lies two buckets apart. */
    private static final double SIDE_OVER_RADIUS = 1.001;
    private static final int UNSET = -2;
    private static final int NONE = -1;
    private static final int WINDOW = 9;

    private BreadthFirstLinkage() {
    }

    /** @param pts row-major points ({@code n x d}, n > 0) */
    static int count(float[] pts, int n, int d, double radius, double minShare) {
        double r2 = radius * radius;
        double side = radius * SIDE_OVER_RADIUS;
        int[] axes = widestAxes(pts, n, d);
        boolean gridded = radius > 0 && side < Double.POSITIVE_INFINITY && Clusters.allFiniteWithin(pts, n * d, MAX_CELLS * side);

        // a point's bucket: its two grid coordinates as indices (offsets from the least, or ranks
        // among those taken when the offsets would not fit an int), packed in a long
        long[] us = new long[n];
        long[] vs = new long[n];
        for (int i = 0; i < n; i++) {
            us[i] = gridded ? (long) Math.floor(pts[i * d + axes[0]] / side) : 0;
            vs[i] = gridded ? (long) Math.floor(pts[i * d + axes[1]] / side) : 0;
        }
        Axis uAxis = Axis.of(us);
        Axis vAxis = Axis.of(vs);
        long[] cellOf = new long[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = key(uAxis.index(us[i]), vAxis.index(vs[i]));
        }
        long[] keys = cellOf.clone();
        Arrays.sort(keys);
        int buckets = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[buckets++] = keys[i];
            }
        }
        int[] start = new int[buckets + 1];
        int[] bucketOf = new int[n];
        for (int i = 0; i < n; i++) {
            bucketOf[i] = Arrays.binarySearch(keys, 0, buckets, cellOf[i]);
            start[bucketOf[i] + 1]++;
        }
        for (int b = 0; b < buckets; b++) {
            start[b + 1] += start[b];
        }
        // points of bucket b not yet reached sit at [start[b], end[b])
        int[] end = Arrays.copyOf(start, buckets);
        float[] x = new float[d * n];
        for (int i = 0; i < n; i++) {
            int at = end[bucketOf[i]]++;
            for (int k = 0; k < d; k++) {
                x[k * n + at] = pts[i * d + k];
            }
        }

        int[] near = new int[buckets * WINDOW]; // each bucket's neighbours, found when first needed
        Arrays.fill(near, UNSET);
        float[] reached = new float[n * d]; // the search's queue: values of reached points
        int[] reachedBucket = new int[n];
        double[] dist = new double[n];
        int[] hits = new int[n];
        int left = n;
        int clusters = 0;
        int seed = 0;
        double need = minShare * n;
        while (left > 0 && left >= need) { // fewer than need left: no later component can count
            while (end[seed] == start[seed]) {
                seed++;
            }
            int s0 = --end[seed];
            for (int k = 0; k < d; k++) {
                reached[k] = x[k * n + s0];
            }
            reachedBucket[0] = seed;
            left--;
            int head = 0;
            int tail = 1;
            while (head < tail) {
                int f = head * d;
                int w0 = reachedBucket[head++] * WINDOW;
                if (near[w0] == UNSET) {
                    neighbours(keys, buckets, uAxis, vAxis, reachedBucket[head - 1], near, w0);
                }
                for (int w = w0; w < w0 + WINDOW && near[w] != NONE; w++) {
                    int b = near[w];
                    int s = start[b];
                    int e = end[b];
                    if (s == e) {
                        continue;
                    }
                    // squared distances summed over dimensions in order, as a pair's distance is defined
                    float c0 = reached[f];
                    for (int m = s; m < e; m++) {
                        double z = x[m] - c0;
                        dist[m] = z * z;
                    }
                    for (int k = 1; k < d; k++) {
                        float c = reached[f + k];
                        int base = k * n;
                        for (int m = s; m < e; m++) {
                            double z = x[base + m] - c;
                            dist[m] += z * z;
                        }
                    }
                    int h = 0;
                    for (int m = s; m < e; m++) {
                        hits[h] = m;
                        h += dist[m] <= r2 ? 1 : 0; // no branch: whether a point is near is a coin toss
                    }
                    // take the hits, last first, each replaced by the bucket's last point still out
                    for (int t = h - 1; t >= 0; t--) {
                        int m = hits[t];
                        for (int k = 0; k < d; k++) {
                            reached[tail * d + k] = x[k * n + m];
                        }
                        reachedBucket[tail++] = b;
                        e--;
                        for (int k = 0; k < d; k++) {
                            x[k * n + m] = x[k * n + e];
                        }
                    }
                    end[b] = e;
                    left -= h;
                }
            }
            if (tail >= need) {
                clusters++;
            }
        }
        return clusters;
    }

    /** The two axes of widest range (the first twice in one dimension). */
    private static int[] widestAxes(float[] pts, int n, int d) {
        int a0 = 0;
        int a1 = 0;
        double w0 = -1;
        double w1 = -1;
        for (int k = 0; k < d; k++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, pts[i * d + k]);
                hi = Math.max(hi, pts[i * d + k]);
            }
            double w = (double) hi - lo;
            if (w > w0) {
                w1 = w0;
                a1 = a0;
                w0 = w;
                a0 = k;
            } else if (w > w1) {
                w1 = w;
                a1 = k;
            }
        }
        return new int[] {a0, d > 1 ? a1 : a0};
    }

    /**
     * Grid coordinates on one axis as small indices: the offset from the least coordinate (plus
     * one, so that a step below it is still an index), or, where the coordinates span more than
     * an int, the rank among the distinct coordinates taken ({@code taken} then non-null).
     */
    private record Axis(long least, long[] taken) {
        static Axis of(long[] coords) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (long c : coords) {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
            if (hi - lo < Integer.MAX_VALUE - 2) {
                return new Axis(lo, null);
            }
            long[] s = coords.clone();
            Arrays.sort(s);
            int m = 0;
            for (int i = 0; i < s.length; i++) {
                if (i == 0 || s[i] != s[i - 1]) {
                    s[m++] = s[i];
                }
            }
            return new Axis(lo, Arrays.copyOf(s, m));
        }

        /** The index of a grid coordinate, negative when no point has it (ranks only). */
        int index(long c) {
            return taken == null ? (int) (c - least + 1) : Arrays.binarySearch(taken, c);
        }

        /** The grid coordinate of an index. */
        long coordinate(int index) {
            return taken == null ? least + index - 1 : taken[index];
        }
    }

    private static long key(int u, int v) {
        return (long) u << 32 | v;
    }

    /**
     * Writes the buckets one grid step or less from bucket {@code b} on both axes into
     * {@code near}. A pair within radius differs by at most radius (1 + 2^-23) on an axis (its
     * float difference was rounded once), i.e. by under 0.9991 buckets, so its buckets are at
     * most one step apart on each axis even after the divisions' rounding (relative 2^-53, on
     * quotients below 10^12).
     */
    private static void neighbours(long[] keys, int buckets, Axis uAxis, Axis vAxis, int b, int[] near, int from) {
        int w = from;
        long u = uAxis.coordinate((int) (keys[b] >>> 32));
        long v = vAxis.coordinate((int) keys[b]);
        for (long du = -1; du <= 1; du++) {
            int ui = uAxis.index(u + du);
            for (long dv = -1; dv <= 1 && ui >= 0; dv++) {
                int vi = vAxis.index(v + dv);
                int c = vi < 0 ? -1 : Arrays.binarySearch(keys, 0, buckets, key(ui, vi));
                if (c >= 0) {
                    near[w++] = c;
                }
            }
        }
        while (w < from + WINDOW) {
            near[w++] = NONE;
        }
    }
}
