package org.coshape.experiment;

import ec.util.MersenneTwisterFast;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.coshape.io.BadInput;
import org.coshape.random.CounterRng;
import org.coshape.scenario.SweepParameter;
import org.coshape.scenario.SweepSpec;

/**
 * Turns a {@code sweep:} block into design points. {@code grid}: the Cartesian product (lists as
 * given, ranges in {@code steps} evenly spaced values; the first parameter varies slowest).
 * {@code random}: {@code samples} independent uniform points. {@code lhs}: a Latin hypercube of
 * {@code samples} points (one per stratum of every parameter). {@code sobol}: Saltelli's scheme
 * for first-order and total indices, {@code samples} base rows of a Sobol sequence giving
 * {@code samples x (k + 2)} points (rows A, k rows AB_i, row B per block), as SALib's
 * {@code saltelli.sample(calc_second_order=False)} does. Lists in sampled designs are drawn
 * uniformly among their values.
 */
public final class Designs {
    private static final long DESIGN_PURPOSE = 0xDE5160L;

    private Designs() {}

    public static List<DesignPoint> points(SweepSpec spec, long seed) {
        List<SweepParameter> params = spec.parameters();
        if (params.isEmpty()) {
            throw new BadInput("sweep.parameters: the sweep has no parameters; list at least one dotted path"
                    + " with values or a {min, max} range");
        }
        long count = count(spec);
        if (count > MAX_POINTS) {
            throw new BadInput("sweep: the " + spec.design().key() + " design has "
                    + (count == Long.MAX_VALUE ? "more than 2^63" : Long.toString(count)) + " points; at most "
                    + MAX_POINTS + ", since every point is resolved and checked before the first run (split the"
                    + " study into several sweeps, or use fewer samples or values)");
        }
        return switch (spec.design()) {
            case GRID -> grid(params);
            case RANDOM -> sampled(params, spec.samples(), seed, false);
            case LHS -> sampled(params, spec.samples(), seed, true);
            case SOBOL -> saltelli(params, spec.samples());
        };
    }

    /**
     * The most design points a sweep may have. Each is bound to a scenario before any run starts
     * (about 0.2 ms and 4 KB each on this project's machine): a million take minutes and
     * gigabytes, ten million did not finish validating in two minutes and could not fit the heap.
     */
    public static final long MAX_POINTS = 1_000_000;

    /** How many points {@code spec} makes, without making them; Long.MAX_VALUE past that. */
    static long count(SweepSpec spec) {
        List<SweepParameter> params = spec.parameters();
        try {
            return switch (spec.design()) {
                case GRID -> {
                    long total = 1;
                    for (SweepParameter p : params) {
                        total = Math.multiplyExact(
                                total,
                                p.isRange()
                                        ? (p.steps() == null ? 1 : p.steps())
                                        : p.values().size());
                    }
                    yield total;
                }
                case SOBOL -> Math.multiplyExact((long) spec.samples(), params.size() + 2L);
                default -> spec.samples();
            };
        } catch (ArithmeticException e) {
            return Long.MAX_VALUE;
        }
    }

    static List<DesignPoint> grid(List<SweepParameter> params) {
        List<List<String>> axes = new ArrayList<>();
        for (SweepParameter p : params) {
            if (p.isRange()) {
                if (p.steps() == null) {
                    throw new BadInput("sweep.parameters." + p.path() + ": a grid needs 'steps' for a range"
                            + " (or list the values)");
                }
                List<String> vals = new ArrayList<>();
                for (int s = 0; s < p.steps(); s++) {
                    double u = p.steps() == 1 ? 0 : s / (double) (p.steps() - 1);
                    vals.add(value(p, u));
                }
                axes.add(vals);
            } else {
                axes.add(p.values());
            }
        }
        List<DesignPoint> out = new ArrayList<>();
        int[] idx = new int[params.size()];
        long total = 1;
        for (List<String> a : axes) {
            total *= a.size();
        }
        for (int pt = 0; pt < total; pt++) {
            Map<String, String> v = new LinkedHashMap<>();
            for (int k = 0; k < params.size(); k++) {
                v.put(params.get(k).path(), axes.get(k).get(idx[k]));
            }
            out.add(new DesignPoint(pt, v, -1, ""));
            for (int k = params.size() - 1; k >= 0; k--) {
                if (++idx[k] < axes.get(k).size()) {
                    break;
                }
                idx[k] = 0;
            }
        }
        return out;
    }

    /** A Latin hypercube of {@code n} points over {@code params} (the uncertainties of a comparison). */
    public static List<DesignPoint> latinHypercube(List<SweepParameter> params, int n, long seed) {
        return sampled(params, n, seed, true);
    }

    static List<DesignPoint> sampled(List<SweepParameter> params, int n, long seed, boolean latin) {
        MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(seed, DESIGN_PURPOSE, latin ? 1 : 0, 0));
        int k = params.size();
        double[][] u = new double[n][k];
        for (int j = 0; j < k; j++) {
            int[] perm = new int[n];
            for (int i = 0; i < n; i++) {
                perm[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int r = rng.nextInt(i + 1);
                int t = perm[i];
                perm[i] = perm[r];
                perm[r] = t;
            }
            for (int i = 0; i < n; i++) {
                u[i][j] = latin ? (perm[i] + rng.nextDouble()) / n : rng.nextDouble();
            }
        }
        List<DesignPoint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new DesignPoint(i, row(params, u[i]), -1, ""));
        }
        return out;
    }

    static List<DesignPoint> saltelli(List<SweepParameter> params, int n) {
        int k = params.size();
        if (2 * k > 1000) {
            throw new BadInput("sweep: a sobol design supports at most 500 parameters");
        }
        SobolSequenceGenerator sobol = new SobolSequenceGenerator(2 * k);
        sobol.skipTo(1); // the first point of the sequence is all zeros
        List<DesignPoint> out = new ArrayList<>();
        for (int j = 0; j < n; j++) {
            double[] x = sobol.nextVector();
            double[] a = Arrays.copyOfRange(x, 0, k);
            double[] b = Arrays.copyOfRange(x, k, 2 * k);
            out.add(new DesignPoint(out.size(), row(params, a), j, "A"));
            for (int i = 0; i < k; i++) {
                double[] ab = a.clone();
                ab[i] = b[i];
                out.add(new DesignPoint(out.size(), row(params, ab), j, Integer.toString(i)));
            }
            out.add(new DesignPoint(out.size(), row(params, b), j, "B"));
        }
        return out;
    }

    private static Map<String, String> row(List<SweepParameter> params, double[] u) {
        Map<String, String> v = new LinkedHashMap<>();
        for (int i = 0; i < params.size(); i++) {
            SweepParameter p = params.get(i);
            v.put(
                    p.path(),
                    p.isRange()
                            ? value(p, u[i])
                            : p.values().get(Math.min(p.values().size() - 1, (int)
                                    Math.floor(u[i] * p.values().size()))));
        }
        return v;
    }

    /** The value at fraction {@code u} of a range, as scenario text (12 significant digits). */
    static String value(SweepParameter p, double u) {
        double x = p.min() + u * (p.max() - p.min());
        if (p.integer()) {
            return Long.toString(Math.round(x));
        }
        BigDecimal b = new BigDecimal(x).round(new MathContext(12)).stripTrailingZeros();
        String s = b.toPlainString();
        return s.contains(".") || s.contains("E") ? s : s + ".0";
    }
}
