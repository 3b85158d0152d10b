package org.coshape.experiment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Patient Rule Induction Method (Friedman and Fisher 1999) as scenario discovery uses it
 * (Bryant and Lempert 2010; the EMA Workbench): given points {@code x} of an uncertainty space and
 * a yes/no outcome {@code y} (a verdict holds or not), find a box, limits on a few dimensions,
 * that holds many of the yes points (coverage: the share of all yes points inside) and few others
 * (density: the share of the points inside that are yes). Peeling removes, step by step, the
 * {@code peelAlpha} share of the box's points at one end of one dimension, whichever leaves the
 * highest density, until the box holds at most {@code massMin} of all points; pasting then widens
 * the chosen box again where that raises its density. From the peeling trajectory the box
 * reported is, among those at least {@code threshold} dense, the one with the largest product of
 * coverage and density (so neither a loose box that barely meets the threshold nor a tiny pure
 * one), or the densest when none meets it. Points on a dimension's list values are positions 0, 1, ... as listed.
 */
public final class Prim {
    /** A box: per dimension, the lowest and highest value it admits, and its quality. */
    public record Box(double[] lower, double[] upper, double coverage, double density, double mass, int points) {
        /** Whether dimension {@code j} is restricted (narrower than all the points' range). */
        public boolean restricts(int j, double[][] x) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] p : x) {
                lo = Math.min(lo, p[j]);
                hi = Math.max(hi, p[j]);
            }
            return lower[j] > lo || upper[j] < hi;
        }

        boolean contains(double[] p) {
            for (int j = 0; j < p.length; j++) {
                if (p[j] < lower[j] || p[j] > upper[j]) {
                    return false;
                }
            }
            return true;
        }
    }

    private final double peelAlpha;
    private final double pasteAlpha;
    private final double massMin;
    private final double threshold;

    public Prim(double peelAlpha, double pasteAlpha, double massMin, double threshold) {
        this.peelAlpha = peelAlpha;
        this.pasteAlpha = pasteAlpha;
        this.massMin = massMin;
        this.threshold = threshold;
    }

    /** The EMA Workbench's defaults: peel and paste 5%, stop at 5% of the points, density threshold 0.8. */
    public static Prim standard() {
        return new Prim(0.05, 0.05, 0.05, 0.8);
    }

    /** The box for outcome {@code y} over points {@code x}; null when no point is yes. */
    public Box find(double[][] x, boolean[] y) {
        int n = x.length;
        int yes = 0;
        for (boolean b : y) {
            yes += b ? 1 : 0;
        }
        if (n == 0 || yes == 0) {
            return null;
        }
        int k = x[0].length;
        double[] lower = new double[k];
        double[] upper = new double[k];
        Arrays.fill(lower, Double.POSITIVE_INFINITY);
        Arrays.fill(upper, Double.NEGATIVE_INFINITY);
        for (double[] p : x) {
            for (int j = 0; j < k; j++) {
                lower[j] = Math.min(lower[j], p[j]);
                upper[j] = Math.max(upper[j], p[j]);
            }
        }
        List<Box> trajectory = new ArrayList<>();
        Box box = measure(lower, upper, x, y, yes);
        trajectory.add(box);
        while (box.mass() > massMin) {
            Box next = bestPeel(box, x, y, yes);
            if (next == null) {
                break;
            }
            box = next;
            trajectory.add(box);
        }
        Box chosen = null;
        for (Box b : trajectory) {
            if (b.density() >= threshold
                    && (chosen == null || b.coverage() * b.density() > chosen.coverage() * chosen.density())) {
                chosen = b;
            }
        }
        if (chosen == null) {
            for (Box b : trajectory) {
                if (chosen == null || b.density() > chosen.density()) {
                    chosen = b;
                }
            }
        }
        return paste(chosen, x, y, yes);
    }

    /** The peel (one end of one dimension) that leaves the densest box, or null when none removes a point. */
    private Box bestPeel(Box box, double[][] x, boolean[] y, int yes) {
        List<double[]> inside = new ArrayList<>();
        for (double[] p : x) {
            if (box.contains(p)) {
                inside.add(p);
            }
        }
        int remove = Math.max(1, (int) Math.floor(peelAlpha * inside.size()));
        Box best = null;
        for (int j = 0; j < box.lower().length; j++) {
            double[] values = new double[inside.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = inside.get(i)[j];
            }
            Arrays.sort(values);
            if (values.length <= remove || values[0] == values[values.length - 1]) {
                continue;
            }
            // lower end: admit only values above the remove-th smallest
            double cutLow = values[remove - 1];
            double newLower = nextAbove(values, cutLow);
            if (!Double.isNaN(newLower)) {
                double[] lo = box.lower().clone();
                lo[j] = newLower;
                best = better(best, measure(lo, box.upper().clone(), x, y, yes));
            }
            double cutHigh = values[values.length - remove];
            double newUpper = nextBelow(values, cutHigh);
            if (!Double.isNaN(newUpper)) {
                double[] hi = box.upper().clone();
                hi[j] = newUpper;
                best = better(best, measure(box.lower().clone(), hi, x, y, yes));
            }
        }
        return best;
    }

    /** Widens the box by {@code pasteAlpha} of its points at one end of one dimension while that raises its density. */
    private Box paste(Box box, double[][] x, boolean[] y, int yes) {
        boolean improved = true;
        while (improved) {
            improved = false;
            Box best = box;
            int add = Math.max(1, (int) Math.floor(pasteAlpha * box.points()));
            for (int j = 0; j < box.lower().length; j++) {
                for (boolean below : new boolean[] {true, false}) {
                    List<Double> candidates = new ArrayList<>();
                    for (double[] p : x) {
                        if (!box.contains(p)
                                && otherwiseInside(box, p, j)
                                && (below ? p[j] < box.lower()[j] : p[j] > box.upper()[j])) {
                            candidates.add(p[j]);
                        }
                    }
                    if (candidates.isEmpty()) {
                        continue;
                    }
                    candidates.sort(below ? (a, b) -> Double.compare(b, a) : Double::compare);
                    double edge = candidates.get(Math.min(add, candidates.size()) - 1);
                    double[] lo = box.lower().clone();
                    double[] hi = box.upper().clone();
                    if (below) {
                        lo[j] = edge;
                    } else {
                        hi[j] = edge;
                    }
                    Box wider = measure(lo, hi, x, y, yes);
                    if (wider.density() > best.density()) {
                        best = wider;
                    }
                }
            }
            if (best != box) {
                box = best;
                improved = true;
            }
        }
        return box;
    }

    private static boolean otherwiseInside(Box box, double[] p, int skip) {
        for (int j = 0; j < p.length; j++) {
            if (j != skip && (p[j] < box.lower()[j] || p[j] > box.upper()[j])) {
                return false;
            }
        }
        return true;
    }

    private static Box better(Box a, Box b) {
        if (b.points() == 0) {
            return a;
        }
        if (a == null || b.density() > a.density() || (b.density() == a.density() && b.mass() > a.mass())) {
            return b;
        }
        return a;
    }

    private static double nextAbove(double[] sorted, double v) {
        for (double x : sorted) {
            if (x > v) {
                return x;
            }
        }
        return Double.NaN;
    }

    private static double nextBelow(double[] sorted, double v) {
        for (int i = sorted.length - 1; i >= 0; i--) {
            if (sorted[i] < v) {
                return sorted[i];
            }
        }
        return Double.NaN;
    }

    static Box measure(double[] lower, double[] upper, double[][] x, boolean[] y, int yes) {
        Box probe = new Box(lower, upper, 0, 0, 0, 0);
        int in = 0;
        int inYes = 0;
        for (int i = 0; i < x.length; i++) {
            if (probe.contains(x[i])) {
                in++;
                inYes += y[i] ? 1 : 0;
            }
        }
        return new Box(
                lower, upper, inYes / (double) yes, in == 0 ? 0 : inYes / (double) in, in / (double) x.length, in);
    }
}
