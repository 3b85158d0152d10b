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
 * {@code saltelli.sample(calc_second_order=False)} does, or {@code samples x (2k + 2)} with k rows
 * BA_i for second-order indices. {@code morris}: {@code samples} trajectories of k + 1 points for
 * elementary effects. Lists in sampled designs are drawn uniformly among their values (a Latin
 * hypercube over lists only draws distinct combinations).
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
            case LHS -> latin(params, spec.samples(), seed);
            case SOBOL -> saltelli(params, spec.samples(), spec.secondOrder());
            case MORRIS -> morris(params, spec.samples(), spec.levels(), seed);
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
                case SOBOL ->
                    Math.multiplyExact((long) spec.samples(), (spec.secondOrder() ? 2L : 1L) * params.size() + 2L);
                case MORRIS -> Math.multiplyExact((long) spec.samples(), params.size() + 1L);
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
        return latin(params, n, seed);
    }

    /**
     * A Latin hypercube; when every parameter is a list of values, the distinct combinations are
     * few, and a hypercube would repeat some: then {@code n} distinct combinations drawn without
     * replacement (each list's values as evenly as the combinations allow), or an error when there
     * are fewer than {@code n} (a grid runs them all).
     */
    static List<DesignPoint> latin(List<SweepParameter> params, int n, long seed) {
        if (params.stream().anyMatch(SweepParameter::isRange)) {
            return sampled(params, n, seed, true);
        }
        long combos = 1;
        for (SweepParameter p : params) {
            combos = Math.min(Long.MAX_VALUE / 1024, combos * p.values().size());
        }
        if (combos < n) {
            throw new BadInput("sweep: a latin hypercube of " + n + " points over lists of values with only " + combos
                    + " distinct combinations would repeat points; use the grid design, or at most " + combos
                    + " samples");
        }
        List<DesignPoint> first = sampled(params, n, seed, true);
        List<Map<String, String>> seen = new ArrayList<>();
        MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(seed, DESIGN_PURPOSE, 2, 0));
        List<DesignPoint> out = new ArrayList<>();
        for (DesignPoint p : first) {
            Map<String, String> v = p.values();
            while (seen.contains(v)) { // redraw a repeated combination uniformly among the unused ones
                Map<String, String> w = new LinkedHashMap<>();
                for (SweepParameter q : params) {
                    w.put(q.path(), q.values().get(rng.nextInt(q.values().size())));
                }
                v = w;
            }
            seen.add(v);
            out.add(new DesignPoint(p.index(), v, -1, ""));
        }
        return out;
    }

    /**
     * Morris elementary-effects trajectories (Morris 1991, as Campolongo et al. 2007 use them): on
     * a grid of {@code levels} values per parameter (fractions 0, 1/(p-1), ..., 1) with step
     * {@code delta = p / (2(p - 1))}, each of {@code r} trajectories starts at a random grid point
     * and moves one parameter at a time, in a random order, by +delta or -delta (whichever stays
     * in [0, 1]), giving k + 1 points. Point roles: "base" for the start, then the index of the
     * parameter the step moved, prefixed by "+" or "-" for its direction.
     */
    static List<DesignPoint> morris(List<SweepParameter> params, int r, int levels, long seed) {
        int k = params.size();
        double delta = levels / (2.0 * (levels - 1));
        MersenneTwisterFast rng = CounterRng.mason(CounterRng.key(seed, DESIGN_PURPOSE, 3, 0));
        List<DesignPoint> out = new ArrayList<>();
        for (int t = 0; t < r; t++) {
            double[] x = new double[k];
            boolean[] up = new boolean[k];
            for (int i = 0; i < k; i++) {
                up[i] = rng.nextBoolean();
                // a start from which the step stays on the grid: the lower or the upper half
                int half = levels / 2;
                int level = rng.nextInt(half) + (up[i] ? 0 : half);
                x[i] = level / (double) (levels - 1);
            }
            int[] order = new int[k];
            for (int i = 0; i < k; i++) {
                order[i] = i;
            }
            for (int i = k - 1; i > 0; i--) {
                int j = rng.nextInt(i + 1);
                int tmp = order[i];
                order[i] = order[j];
                order[j] = tmp;
            }
            out.add(new DesignPoint(out.size(), row(params, x), t, "base"));
            for (int step = 0; step < k; step++) {
                int i = order[step];
                x[i] += up[i] ? delta : -delta;
                x[i] = Math.max(0, Math.min(1, x[i]));
                out.add(new DesignPoint(out.size(), row(params, x), t, (up[i] ? "+" : "-") + i));
            }
        }
        return out;
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

    static List<DesignPoint> saltelli(List<SweepParameter> params, int n, boolean secondOrder) {
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
            if (secondOrder) {
                for (int i = 0; i < k; i++) {
                    double[] ba = b.clone();
                    ba[i] = a[i];
                    out.add(new DesignPoint(out.size(), row(params, ba), j, "BA" + i));
                }
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
