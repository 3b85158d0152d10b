package org.coshape.report;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Holm's (1979) step-down adjustment of a family of p-values: sorted ascending, the i-th of m is
 * multiplied by m - i + 1, and the adjusted values are made non-decreasing in that order (capped
 * at 1). A hypothesis is rejected at family-wise level alpha when its adjusted p-value is below
 * alpha. Holm controls the family-wise error like Bonferroni and is never less powerful.
 */
public final class Holm {
    private Holm() {}

    /** The adjusted p-values, in the order given; NaN entries stay NaN and do not count in m. */
    public static double[] adjust(double[] p) {
        Integer[] order = new Integer[p.length];
        int m = 0;
        for (int i = 0; i < p.length; i++) {
            order[i] = i;
            if (!Double.isNaN(p[i])) {
                m++;
            }
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> Double.isNaN(p[i]) ? 2 : p[i]));
        double[] adjusted = new double[p.length];
        Arrays.fill(adjusted, Double.NaN);
        double running = 0;
        for (int rank = 0; rank < m; rank++) {
            int i = order[rank];
            running = Math.max(running, Math.min(1, (m - rank) * p[i]));
            adjusted[i] = running;
        }
        return adjusted;
    }
}
