package org.coshape.metrics;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Components at a radius of zero: a pair is linked only when every float difference is zero, so
 * the components are the groups of points with equal values (-0 equal to 0), and a point with a
 * value that is not finite is alone (its difference with anything, itself included, is not
 * zero). Counted by hashing in one pass, where a search would compare every pair.
 */
final class IdenticalPoints {

    private IdenticalPoints() {}

    /** The sizes of the groups of equal points, then a 1 for each point that is not finite. */
    static int[] sizes(float[] pts, int n, int d) {
        Map<ArrayKey, Integer> sizes = new LinkedHashMap<>();
        int alone = 0;
        for (int i = 0; i < n; i++) {
            long[] bits = new long[d];
            boolean finite = true;
            for (int k = 0; k < d; k++) {
                float v = pts[i * d + k];
                finite &= Float.isFinite(v);
                bits[k] = Float.floatToIntBits(v + 0.0f); // -0 + 0 is 0
            }
            if (finite) {
                sizes.merge(new ArrayKey(bits), 1, Integer::sum);
            } else {
                alone++;
            }
        }
        int[] out = new int[sizes.size() + alone];
        int c = 0;
        for (int size : sizes.values()) {
            out[c++] = size;
        }
        Arrays.fill(out, c, out.length, 1);
        return out;
    }
}
