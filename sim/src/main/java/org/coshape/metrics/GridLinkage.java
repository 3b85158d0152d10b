package org.coshape.metrics;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.math3.util.OpenIntToDoubleHashMap;

/**
 * Single-linkage components counted over grid cells of side radius/sqrt(d), whose points are all
 * within radius of each other and so are united at once; cells are then linked to the nearby
 * cells (found through buckets of their first two grid coordinates) of other components that hold
 * a pair of points within radius. In one to three dimensions a dense component fills few cells,
 * which this exploits; {@link Clusters} chooses it there.
 */
final class GridLinkage {

    private GridLinkage() {}

    /** The sizes of the components of row-major points ({@code n x d}), in no particular order. */
    static int[] sizes(float[] pts, int n, int d, double radius) {
        int[] cellOf = new int[n];
        long[][] keys = new long[n][];
        double side = radius / Math.sqrt(d); // radius > 0 and values within 10^6 radii (Clusters)
        Map<ArrayKey, Integer> index = new HashMap<>();
        int cells = 0;
        for (int i = 0; i < n; i++) {
            long[] k = new long[d];
            for (int q = 0; q < d; q++) {
                k[q] = (long) Math.floor(pts[i * d + q] / side);
            }
            ArrayKey key = new ArrayKey(k);
            Integer c = index.get(key);
            if (c == null) {
                c = cells++;
                index.put(key, c);
                keys[c] = k;
            }
            cellOf[i] = c;
        }
        // points of each cell, contiguous
        ByGroup points = ByGroup.of(cellOf, n, cells);
        int[] start = points.start();
        int[] members = points.items();
        // union-find over cells; each cell meets only the cells of the neighbouring buckets of its
        // first two grid coordinates (cells farther apart there cannot hold points within radius)
        int[] parent = new int[cells];
        for (int c = 0; c < cells; c++) {
            parent[c] = c;
        }
        double r2 = radius * radius;
        // a pair within radius differs by up to radius (1 + 2^-23) on an axis (its float difference
        // was rounded once): where radius / side is a whole number (d = 1, 4, 9...), that can span
        // one cell more than radius / side
        long reach = (long) Math.ceil(radius / side * 1.001);
        Buckets buckets = Buckets.of(keys, cells);
        int[] weight = new int[cells];
        for (int c = 0; c < cells; c++) {
            weight[c] = start[c + 1] - start[c];
        }
        int components = cells;
        search:
        for (int a = 0; a < cells; a++) {
            long[] ka = keys[a];
            int ra = find(parent, a);
            // half the neighbouring buckets: a pair in buckets offset by -o is met from the other cell
            for (long o0 = 0; o0 <= reach; o0++) {
                for (long o1 = (d > 1 && o0 > 0 ? -reach : 0); o1 <= (d > 1 ? reach : 0); o1++) {
                    int at = buckets.find(bucket(ka, o0, o1));
                    if (at < 0) {
                        continue;
                    }
                    boolean own = o0 == 0 && o1 == 0;
                    for (int q = buckets.start[at]; q < buckets.start[at + 1]; q++) {
                        int b = buckets.cells[q];
                        if ((own && b <= a) || ra == find(parent, b) || !cellsMayTouch(ka, keys[b], reach)) {
                            continue;
                        }
                        if (anyPairWithin(pts, d, members, start, a, b, r2)) {
                            int root = union(parent, weight, a, b);
                            ra = root;
                            if (--components == 1) {
                                break search; // everyone is in one component
                            }
                        }
                    }
                }
            }
        }
        int[] size = new int[cells];
        for (int c = 0; c < cells; c++) {
            size[find(parent, c)] += start[c + 1] - start[c];
        }
        int[] sizes = new int[components];
        int found = 0;
        for (int c = 0; c < cells; c++) {
            if (size[c] > 0) {
                sizes[found++] = size[c];
            }
        }
        return Arrays.copyOf(sizes, found);
    }

    /**
     * The cells of each bucket (hash of the first two grid coordinates), in cell order: bucket i
     * holds the cells {@code cells[start[i] .. start[i + 1])}. The hashes are indexed by Commons
     * Math's primitive {@link OpenIntToDoubleHashMap}, because a {@code Map<Long, ...>} boxed a
     * {@code Long} for each of the (2 reach + 1)^2 lookups per cell, and on a fresh heap every
     * allocation costs page faults. Two grid buckets whose 32-bit hashes collide share a list,
     * which only adds candidate cells that {@link #cellsMayTouch} then rejects.
     */
    private record Buckets(OpenIntToDoubleHashMap index, int[] start, int[] cells) {
        static Buckets of(long[][] keys, int count) {
            OpenIntToDoubleHashMap index = new OpenIntToDoubleHashMap(count, -1.0);
            int[] bucketOf = new int[count];
            int distinct = 0;
            for (int c = 0; c < count; c++) {
                int h = bucket(keys[c], 0, 0);
                double at = index.get(h);
                if (at < 0) {
                    at = distinct++;
                    index.put(h, at);
                }
                bucketOf[c] = (int) at;
            }
            ByGroup cells = ByGroup.of(bucketOf, count, distinct);
            return new Buckets(index, cells.start(), cells.items());
        }

        /** The index of the bucket with this hash, or -1 if no cell has it. */
        int find(int hash) {
            return (int) index.get(hash);
        }
    }

    /** Items 0..n-1 listed by group, in item order: group g holds {@code items[start[g] .. start[g + 1])}. */
    private record ByGroup(int[] start, int[] items) {
        static ByGroup of(int[] groupOf, int n, int groups) {
            int[] start = new int[groups + 1];
            for (int i = 0; i < n; i++) {
                start[groupOf[i] + 1]++;
            }
            for (int g = 0; g < groups; g++) {
                start[g + 1] += start[g];
            }
            int[] items = new int[n];
            int[] fill = Arrays.copyOf(start, groups);
            for (int i = 0; i < n; i++) {
                items[fill[groupOf[i]]++] = i;
            }
            return new ByGroup(start, items);
        }
    }

    /** Hash of the first two cell coordinates, shifted by (o0, o1). */
    private static int bucket(long[] k, long o0, long o1) {
        long a = k[0] + o0;
        long b = k.length > 1 ? k[1] + o1 : 0;
        long h = a * 0x9E3779B97F4A7C15L + b; // MurmurHash3's 64-bit finaliser
        h = (h ^ (h >>> 33)) * 0xFF51AFD7ED558CCDL;
        h = (h ^ (h >>> 33)) * 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return (int) (h ^ (h >>> 32));
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

    /** Unites the components of a and b, keeping point counts in {@code weight}; returns the root. */
    private static int union(int[] parent, int[] weight, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        int root = Math.min(ra, rb);
        int other = Math.max(ra, rb);
        parent[other] = root;
        weight[root] += weight[other];
        return root;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
