package org.coshape.metrics;

import java.util.Arrays;

/**
 * Single-linkage components found one at a time by breadth-first search: each reached point takes
 * every point not yet reached within radius of it, and a taken point leaves the search, so late
 * scans meet only the points still out. Points are bucketed by a grid of side just above radius
 * on the axes along which they spread widest (two, and up to four while the grid has no more
 * buckets than four per point), so a scan visits the 3^k buckets around its point, not everyone:
 * in eight dimensions a third and fourth axis cut a spread population's candidates several times.
 * In four or more dimensions grid cells of side radius/sqrt(d) hold about one point each and
 * linking them cell by cell costs more than this search; {@link Clusters} chooses it there, and
 * wherever the values or the radius do not suit a grid (it then scans everyone).
 */
final class BreadthFirstLinkage {
    /** Values beyond this many buckets from zero are not gridded (a bucket's index would be inexact). */
    private static final double MAX_CELLS = 1e12;
    /** Buckets a little wider than radius: a pair within radius then never lies two buckets apart. */
    private static final double SIDE_OVER_RADIUS = 1.001;
    /** The most bucket axes. */
    static final int MAX_AXES = 4;
    /** A third or fourth axis is used only while the grid has at most this many buckets per point. */
    private static final long BUCKETS_PER_POINT = 4;

    private BreadthFirstLinkage() {}

    /** The sizes of the components of row-major points ({@code n x d}, n > 0), in the order found. */
    static int[] sizes(float[] pts, int n, int d, double radius) {
        double r2 = radius * radius;
        double side = radius * SIDE_OVER_RADIUS;
        boolean gridded =
                radius > 0 && side < Double.POSITIVE_INFINITY && Clusters.allFiniteWithin(pts, n * d, MAX_CELLS * side);
        Grid grid = Grid.of(pts, n, d, side, gridded);
        long[] cellOf = grid.keys(n);
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

        int window = grid.window();
        int[] near = new int[window];
        int nearOf = -1; // the bucket whose neighbours near holds
        int nearCount = 0;
        float[] reached = new float[n * d]; // the search's queue: values of reached points
        int[] reachedBucket = new int[n];
        double[] dist = new double[n];
        int[] hits = new int[n];
        int[] sizes = new int[n];
        int clusters = 0;
        int left = n;
        int seed = 0;
        while (left > 0) {
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
                int bucket = reachedBucket[head++];
                if (bucket != nearOf) { // the queue holds runs of one bucket: look its neighbours up once per run
                    nearCount = grid.neighbours(keys, buckets, bucket, near);
                    nearOf = bucket;
                }
                for (int w = 0; w < nearCount; w++) {
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
            sizes[clusters++] = tail;
        }
        return Arrays.copyOf(sizes, clusters);
    }

    /**
     * The bucket grid: on each of its axes a point's grid coordinate becomes a small index, and a
     * bucket's key is its indices in mixed radix.
     */
    private record Grid(int[] axes, Axis[] scales, long[][] coords, long[] radix) {
        static Grid of(float[] pts, int n, int d, double side, boolean gridded) {
            int[] order = axesByRange(pts, n, d);
            int most = Math.min(MAX_AXES, Math.max(2, d));
            int[] axes = new int[most];
            Axis[] scales = new Axis[most];
            long[][] coords = new long[most][];
            long[] radix = new long[most];
            long buckets = 1;
            int k = 0;
            for (; k < most; k++) {
                int axis = order[Math.min(k, d - 1)];
                long[] c = new long[n];
                for (int i = 0; i < n; i++) {
                    c[i] = gridded ? (long) Math.floor(pts[i * d + axis] / side) : 0;
                }
                Axis scale = Axis.of(c);
                long r = scale.radix();
                if (k >= 2 && (k >= d || buckets > BUCKETS_PER_POINT * n / r)) {
                    break; // another axis would spread the points over more buckets than they fill
                }
                axes[k] = axis;
                scales[k] = scale;
                coords[k] = c;
                radix[k] = r;
                buckets *= r;
            }
            return new Grid(
                    Arrays.copyOf(axes, k),
                    Arrays.copyOf(scales, k),
                    Arrays.copyOf(coords, k),
                    Arrays.copyOf(radix, k));
        }

        /** Each point's bucket key. */
        long[] keys(int n) {
            long[] out = new long[n];
            for (int i = 0; i < n; i++) {
                long key = 0;
                for (int a = 0; a < axes.length; a++) {
                    key = key * radix[a] + scales[a].index(coords[a][i]);
                }
                out[i] = key;
            }
            return out;
        }

        /** Buckets a scan visits: 3 per axis. */
        int window() {
            int w = 1;
            for (int a = 0; a < axes.length; a++) {
                w *= 3;
            }
            return w;
        }

        /**
         * Writes the occupied buckets one grid step or less from bucket {@code b} on every axis
         * into {@code near} and returns how many. A pair within radius differs by at most radius
         * (1 + 2^-23) on an axis (its float difference was rounded once), i.e. by under 0.9991
         * buckets, so its buckets are at most one step apart on each axis even after the
         * divisions' rounding (relative 2^-53, on quotients below 10^12).
         */
        int neighbours(long[] keys, int buckets, int b, int[] near) {
            int k = axes.length;
            long[] coordinate = new long[k];
            long key = keys[b];
            for (int a = k - 1; a >= 0; a--) {
                coordinate[a] = scales[a].coordinate((int) (key % radix[a]));
                key /= radix[a];
            }
            int count = 0;
            int window = window();
            for (int w = 0; w < window; w++) {
                long probe = 0;
                int code = w;
                boolean inside = true;
                for (int a = 0; a < k && inside; a++) {
                    int step = code % 3 - 1;
                    code /= 3;
                    int index = scales[a].index(coordinate[a] + step);
                    inside = index >= 0 && index < radix[a];
                    probe = probe * radix[a] + index;
                }
                int c = inside ? Arrays.binarySearch(keys, 0, buckets, probe) : -1;
                if (c >= 0) {
                    near[count++] = c;
                }
            }
            return count;
        }
    }

    /** The axes in order of decreasing range of values. */
    private static int[] axesByRange(float[] pts, int n, int d) {
        double[] range = new double[d];
        for (int k = 0; k < d; k++) {
            float lo = Float.POSITIVE_INFINITY;
            float hi = Float.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                lo = Math.min(lo, pts[i * d + k]);
                hi = Math.max(hi, pts[i * d + k]);
            }
            range[k] = (double) hi - lo;
        }
        Integer[] order = new Integer[d];
        for (int k = 0; k < d; k++) {
            order[k] = k;
        }
        Arrays.sort(order, (a, b) -> Double.compare(range[b], range[a]));
        int[] out = new int[d];
        for (int k = 0; k < d; k++) {
            out[k] = order[k];
        }
        return out;
    }

    /**
     * Grid coordinates on one axis as small indices: the offset from the least coordinate (plus
     * one, so that a step below it is still an index), or, where the coordinates span more than
     * an int, the rank among the distinct coordinates taken ({@code taken} then non-null).
     */
    private record Axis(long least, long span, long[] taken) {
        static Axis of(long[] coords) {
            long lo = Long.MAX_VALUE;
            long hi = Long.MIN_VALUE;
            for (long c : coords) {
                lo = Math.min(lo, c);
                hi = Math.max(hi, c);
            }
            if (hi - lo < Integer.MAX_VALUE - 2) {
                return new Axis(lo, hi - lo, null);
            }
            long[] s = coords.clone();
            Arrays.sort(s);
            int m = 0;
            for (int i = 0; i < s.length; i++) {
                if (i == 0 || s[i] != s[i - 1]) {
                    s[m++] = s[i];
                }
            }
            return new Axis(lo, 0, Arrays.copyOf(s, m));
        }

        /** How many indices there are: the offsets with a step either side, or the ranks. */
        long radix() {
            return taken == null ? span + 3 : taken.length;
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
}
