package org.coshape.metrics;

import java.util.Arrays;

/**
 * Opinion clusters: connected components of the graph linking people whose values are within
 * {@code radius} (single linkage), counting only components that hold at least
 * {@code minShare} of the people. Points are sorted on the first dimension so each point is
 * compared only with those within {@code radius} there.
 */
public final class Clusters {

    private Clusters() {
    }

    /** @param pts row-major points ({@code n x d}) */
    public static int count(float[] pts, int n, int d, double radius, double minShare) {
        if (n == 0) {
            return 0;
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Float.compare(pts[a * d], pts[b * d]);
            return c != 0 ? c : Integer.compare(a, b);
        });
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        double r2 = radius * radius;
        for (int x = 0; x < n; x++) {
            int a = order[x];
            for (int y = x + 1; y < n; y++) {
                int b = order[y];
                if (pts[b * d] - pts[a * d] > radius) {
                    break;
                }
                int ra = find(parent, a);
                int rb = find(parent, b);
                if (ra == rb) {
                    continue;
                }
                double dist = 0;
                for (int k = 0; k < d && dist <= r2; k++) {
                    double z = pts[a * d + k] - pts[b * d + k];
                    dist += z * z;
                }
                if (dist <= r2) {
                    parent[Math.max(ra, rb)] = Math.min(ra, rb);
                }
            }
        }
        int[] size = new int[n];
        for (int i = 0; i < n; i++) {
            size[find(parent, i)]++;
        }
        int clusters = 0;
        for (int i = 0; i < n; i++) {
            if (size[i] > 0 && size[i] >= minShare * n) {
                clusters++;
            }
        }
        return clusters;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
