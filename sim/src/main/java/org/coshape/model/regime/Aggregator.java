package org.coshape.model.regime;

import java.util.Arrays;

/**
 * Turns designers' values into one target. {@code mean} and {@code median} (per dimension) treat
 * designers as individuals; {@code maxmin} and {@code nash} treat them as constituencies (their
 * groups), the way a negotiation between groups would: maxmin minimises the largest distance of
 * any designer group's centroid to the target (best for the worst-off group), nash maximises the
 * size-weighted sum of log utilities, utility = 1 - distance / diameter of the value cube.
 */
public final class Aggregator {

    private Aggregator() {
    }

    /**
     * @param values designers' values, row-major ({@code count x d})
     * @param group  each designer's group
     */
    public static double[] aggregate(String rule, double[] values, int[] group, int d) {
        int count = group.length;
        return switch (rule) {
            case "mean" -> mean(values, count, d);
            case "median" -> median(values, count, d);
            case "maxmin" -> minimax(centroids(values, group, d), d);
            case "nash" -> nash(centroids(values, group, d), weights(group), d);
            default -> throw new IllegalArgumentException("unknown aggregator " + rule);
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
     * Centre of the smallest ball enclosing the points (minimises the largest distance), by
     * Frank-Wolfe on the dual over the simplex of point weights with exact line search; for the
     * few group centroids here it converges to machine precision in a few thousand steps.
     */
    static double[] minimax(double[][] pts, int d) {
        int g = pts.length;
        double[] lambda = new double[g];
        Arrays.fill(lambda, 1.0 / g);
        double[] c = new double[d];
        for (int it = 0; it < 20000; it++) {
            Arrays.fill(c, 0);
            for (int i = 0; i < g; i++) {
                for (int k = 0; k < d; k++) {
                    c[k] += lambda[i] * pts[i][k];
                }
            }
            // dual gradient: |p_i|^2 - 2 p_i.c ; move toward the farthest point from c
            int far = 0;
            double farDist = -1;
            for (int i = 0; i < g; i++) {
                double dist = sq(pts[i], c);
                if (dist > farDist) {
                    farDist = dist;
                    far = i;
                }
            }
            // exact line search on the dual objective f(l) = sum l_i |p_i|^2 - |sum l_i p_i|^2
            double[] dir = new double[d];
            for (int k = 0; k < d; k++) {
                dir[k] = pts[far][k] - c[k];
            }
            double dd = dot(dir, dir);
            if (dd < 1e-30) {
                break;
            }
            double gap = 0;
            for (int i = 0; i < g; i++) {
                gap += lambda[i] * sq(pts[i], c);
            }
            gap = farDist - gap;
            if (gap < 1e-15) {
                break;
            }
            double step = Math.min(1.0, Math.max(0.0, gap / (2 * dd)));
            for (int i = 0; i < g; i++) {
                lambda[i] *= 1 - step;
            }
            lambda[far] += step;
        }
        Arrays.fill(c, 0);
        for (int i = 0; i < g; i++) {
            for (int k = 0; k < d; k++) {
                c[k] += lambda[i] * pts[i][k];
            }
        }
        return c;
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
            f += w[i] * Math.log(Math.max(1e-300, 1 - Math.sqrt(sq(pts[i], x)) / diameter));
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
