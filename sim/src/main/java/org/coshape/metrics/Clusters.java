package org.coshape.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Opinion clusters: connected components of the graph linking people whose values are within
 * {@code radius} (single linkage), counting only components that hold at least
 * {@code minShare} of the people. Exact, and fast for dense states: points are binned in grid
 * cells of side radius/sqrt(d), whose points are all within radius of each other and are united
 * at once; the single-linkage sweep then runs over occupied cells sorted on the first dimension,
 * comparing point pairs only between nearby cells of different components.
 */
public final class Clusters {

    private Clusters() {
    }

    /** @param pts row-major points ({@code n x d}) */
    public static int count(float[] pts, int n, int d, double radius, double minShare) {
        if (n == 0) {
            return 0;
        }
        int[] cellOf = new int[n];
        long[][] keys = new long[n][];
        double side = radius > 0 ? radius / Math.sqrt(d) : 0;
        Map<CellKey, Integer> index = new HashMap<>();
        int cells = 0;
        int[] first = new int[n];
        for (int i = 0; i < n; i++) {
            long[] k = new long[d];
            for (int q = 0; q < d; q++) {
                k[q] = side > 0 ? (long) Math.floor(pts[i * d + q] / side) : Float.floatToIntBits(pts[i * d + q]);
            }
            CellKey key = new CellKey(k);
            Integer c = index.get(key);
            if (c == null) {
                c = cells++;
                index.put(key, c);
                first[c] = i;
                keys[c] = k;
            }
            cellOf[i] = c;
        }
        // points of each cell, contiguous
        int[] start = new int[cells + 1];
        for (int i = 0; i < n; i++) {
            start[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells; c++) {
            start[c + 1] += start[c];
        }
        int[] members = new int[n];
        int[] fill = Arrays.copyOf(start, cells);
        for (int i = 0; i < n; i++) {
            members[fill[cellOf[i]]++] = i;
        }
        // union-find over cells; sweep cells in order of their lowest first coordinate
        int[] parent = new int[cells];
        float[] lo = new float[cells];
        float[] hi = new float[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
            lo[c] = Float.POSITIVE_INFINITY;
            hi[c] = Float.NEGATIVE_INFINITY;
            for (int m = start[c]; m < start[c + 1]; m++) {
                float x = pts[members[m] * d];
                lo[c] = Math.min(lo[c], x);
                hi[c] = Math.max(hi[c], x);
            }
        }
        Integer[] order = new Integer[cells];
        for (int c = 0; c < cells; c++) {
            order[c] = c;
        }
        Arrays.sort(order, (a, b) -> {
            int cmp = Float.compare(lo[a], lo[b]);
            return cmp != 0 ? cmp : Integer.compare(a, b);
        });
        double r2 = radius * radius;
        long reach = side > 0 ? (long) Math.ceil(radius / side) : 0;
        for (int x = 0; x < cells; x++) {
            int a = order[x];
            for (int y = x + 1; y < cells; y++) {
                int b = order[y];
                if (lo[b] - hi[a] > radius) {
                    // cells are sorted by lo, but a wide cell a may still reach later ones only while lo[b] <= hi[a] + r
                    break;
                }
                if (find(parent, a) == find(parent, b) || !cellsMayTouch(keys[a], keys[b], reach)) {
                    continue;
                }
                if (anyPairWithin(pts, d, members, start, a, b, r2)) {
                    union(parent, a, b);
                }
            }
        }
        int[] size = new int[cells];
        for (int c = 0; c < cells; c++) {
            size[find(parent, c)] += start[c + 1] - start[c];
        }
        int clusters = 0;
        for (int c = 0; c < cells; c++) {
            if (size[c] > 0 && size[c] >= minShare * n) {
                clusters++;
            }
        }
        return clusters;
    }

    private static boolean cellsMayTouch(long[] a, long[] b, long reach) {
        for (int q = 0; q < a.length; q++) {
            if (Math.abs(a[q] - b[q]) > reach) {
                return false;
            }
        }
        return true;
    }

    private static boolean anyPairWithin(float[] pts, int d, int[] members, int[] start, int a, int b, double r2) {
        for (int i = start[a]; i < start[a + 1]; i++) {
            int p = members[i];
            for (int j = start[b]; j < start[b + 1]; j++) {
                int q = members[j];
                double dist = 0;
                for (int k = 0; k < d && dist <= r2; k++) {
                    double z = pts[p * d + k] - pts[q * d + k];
                    dist += z * z;
                }
                if (dist <= r2) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** Grid cell coordinates as a hash key. */
    private record CellKey(long[] k) {
        @Override
        public boolean equals(Object o) {
            return o instanceof CellKey c && Arrays.equals(k, c.k);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(k);
        }
    }
}
