package org.coshape.model.regime;

import java.util.Arrays;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.coshape.scenario.AggregationRule;

/**
 * Turns designers' values into one target. {@code mean} and {@code median} (per dimension) treat
 * designers as individuals; {@code maxmin} and {@code nash} treat them as constituencies (their
 * groups), the way a negotiation between groups would: maxmin minimises the largest distance of
 * any designer group's centroid to the target (best for the worst-off group), nash maximises the
 * size-weighted sum of log utilities, utility = 1 - distance / diameter of the value cube.
 */
public final class Aggregator {

    private Aggregator() {}

    /**
     * The designers' values aggregated into one target by the rule.
     *
     * @param values designers' values, row-major ({@code count x d})
     * @param group  each designer's group
     */
    public static double[] aggregate(AggregationRule rule, double[] values, int[] group, int d) {
        int count = group.length;
        return switch (rule) {
            case MEAN -> mean(values, count, d);
            case MEDIAN -> median(values, count, d);
            case MAXMIN -> minimax(centroids(values, group, d), d);
            case NASH -> nash(centroids(values, group, d), weights(group), d);
        };
    }

    static double[] mean(double[] values, int count, int d) {
        double[] m = new double[d];
        for (int i = 0; i < count; i++) {
            for (int k = 0; k < d; k++) {
                m[k] += values[i * d + k];
            }
        }
        for (int k = 0; k < d; k++) {
            m[k] /= count;
        }
        return m;
    }

    static double[] median(double[] values, int count, int d) {
        double[] m = new double[d];
        double[] col = new double[count];
        for (int k = 0; k < d; k++) {
            for (int i = 0; i < count; i++) {
                col[i] = values[i * d + k];
            }
            Arrays.sort(col);
            m[k] = count % 2 == 1 ? col[count / 2] : 0.5 * (col[count / 2 - 1] + col[count / 2]);
        }
        return m;
    }

    /** Centroid of each designer group present, as rows of a (groups x d) array. */
    static double[][] centroids(double[] values, int[] group, int d) {
        int[] ids = Arrays.stream(group).distinct().sorted().toArray();
        double[][] c = new double[ids.length][d];
        int[] n = new int[ids.length];
        for (int i = 0; i < group.length; i++) {
            int g = Arrays.binarySearch(ids, group[i]);
            n[g]++;
            for (int k = 0; k < d; k++) {
                c[g][k] += values[i * d + k];
            }
        }
        for (int g = 0; g < ids.length; g++) {
            for (int k = 0; k < d; k++) {
                c[g][k] /= n[g];
            }
        }
        return c;
    }

    static double[] weights(int[] group) {
        int[] ids = Arrays.stream(group).distinct().sorted().toArray();
        double[] w = new double[ids.length];
        for (int g : group) {
            w[Arrays.binarySearch(ids, g)]++;
        }
        return w;
    }

    /**
     * Centre of the smallest ball enclosing the points (minimises the largest distance). Exact:
     * the ball is fixed by a support set of at most d+1 points, so every subset's circumcentre
     * (within its affine hull) is tried and the smallest ball holding all points kept. Designer
     * groups are few; above 14 the search falls back to Badoiu-Clarkson iterations.
     */
    static double[] minimax(double[][] pts, int d) {
        int g = pts.length;
        if (g == 1) {
            return pts[0].clone();
        }
        if (g > 14) {
            return badoiuClarkson(pts, d);
        }
        double[] best = null;
        double bestR = Double.POSITIVE_INFINITY;
        for (int mask = 1; mask < (1 << g); mask++) {
            int size = Integer.bitCount(mask);
            if (size > d + 1) {
                continue;
            }
            double[] c = circumcentre(pts, mask, d);
            if (c == null) {
                continue;
            }
            double r = 0;
            for (double[] p : pts) {
                r = Math.max(r, sq(p, c));
            }
            if (r < bestR - 1e-15) {
                bestR = r;
                best = c;
            }
        }
        return best;
    }

    /** Centre of the sphere through the points of {@code mask} within their affine hull; null if degenerate. */
    private static double[] circumcentre(double[][] pts, int mask, int d) {
        int[] idx = new int[Integer.bitCount(mask)];
        int c = 0;
        for (int i = 0; i < pts.length; i++) {
            if ((mask & (1 << i)) != 0) {
                idx[c++] = i;
            }
        }
        double[] p0 = pts[idx[0]];
        int m = idx.length - 1;
        if (m == 0) {
            return p0.clone();
        }
        // c = p0 + sum_a alpha_a u_a with u_a = p_a - p0 and 2 u_b . (c - p0) = |u_b|^2
        double[][] a = new double[m][m];
        double[] rhs = new double[m];
        for (int b = 0; b < m; b++) {
            double[] ub = diff(pts[idx[b + 1]], p0);
            rhs[b] = dot(ub, ub);
            for (int q = 0; q < m; q++) {
                a[b][q] = 2 * dot(ub, diff(pts[idx[q + 1]], p0));
            }
        }
        LUDecomposition lu = new LUDecomposition(MatrixUtils.createRealMatrix(a), 1e-12);
        if (!lu.getSolver().isNonSingular()) {
            return null;
        }
        double[] alpha = lu.getSolver().solve(MatrixUtils.createRealVector(rhs)).toArray();
        double[] centre = p0.clone();
        for (int q = 0; q < m; q++) {
            double[] uq = diff(pts[idx[q + 1]], p0);
            for (int k = 0; k < d; k++) {
                centre[k] += alpha[q] * uq[k];
            }
        }
        return centre;
    }

    private static double[] badoiuClarkson(double[][] pts, int d) {
        double[] c = pts[0].clone();
        for (int it = 1; it <= 100000; it++) {
            int far = 0;
            for (int i = 1; i < pts.length; i++) {
                if (sq(pts[i], c) > sq(pts[far], c)) {
                    far = i;
                }
            }
            for (int k = 0; k < d; k++) {
                c[k] += (pts[far][k] - c[k]) / (it + 1);
            }
        }
        return c;
    }

    private static double[] diff(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = a[k] - b[k];
        }
        return out;
    }

    /** Weighted Nash bargaining point by projected gradient ascent with backtracking. */
    static double[] nash(double[][] pts, double[] w, int d) {
        double diameter = 2 * Math.sqrt(d);
        double total = Arrays.stream(w).sum();
        double[] x = new double[d];
        for (int i = 0; i < pts.length; i++) {
            for (int k = 0; k < d; k++) {
                x[k] += w[i] / total * pts[i][k];
            }
        }
        double step = 0.1;
        double f = nashObjective(pts, w, x, diameter);
        for (int it = 0; it < 5000 && step > 1e-14; it++) {
            double[] grad = new double[d];
            for (int i = 0; i < pts.length; i++) {
                double dist = Math.sqrt(sq(pts[i], x));
                if (dist < 1e-15) {
                    continue;
                }
                double u = 1 - dist / diameter;
                for (int k = 0; k < d; k++) {
                    grad[k] += w[i] / u * (pts[i][k] - x[k]) / (dist * diameter);
                }
            }
            double[] y = new double[d];
            for (int k = 0; k < d; k++) {
                y[k] = x[k] + step * grad[k];
            }
            double fy = nashObjective(pts, w, y, diameter);
            if (fy > f) {
                x = y;
                f = fy;
                step *= 1.2;
            } else {
                step *= 0.5;
            }
        }
        return x;
    }

    private static double nashObjective(double[][] pts, double[] w, double[] x, double diameter) {
        double f = 0;
        for (int i = 0; i < pts.length; i++) {
            f += w[i] * StrictMath.log(Math.max(1e-300, 1 - Math.sqrt(sq(pts[i], x)) / diameter));
        }
        return f;
    }

    private static double sq(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            double x = a[k] - b[k];
            s += x * x;
        }
        return s;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += a[k] * b[k];
        }
        return s;
    }
}
