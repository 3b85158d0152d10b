package org.coshape.experiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coshape.io.AtomicFiles;
import org.coshape.io.CsvCells;
import org.coshape.metrics.Metric;
import org.coshape.results.Numbers;
import org.coshape.results.ResultTables;

/**
 * Sobol indices of every final metric (whole population, mean over replicates) for a sweep with
 * the {@code sobol} design, written to {@code sensitivity.csv}:
 * {@code metric, parameter, s1, s1_low, s1_high, st, st_low, st_high, rows}.
 */
public final class SensitivityAnalysis {
    static final int RESAMPLES = 1000;

    /** One line of sensitivity.csv. */
    public record Row(String metric, String parameter, SobolIndices.Index index) {}

    private SensitivityAnalysis() {}

    /**
     * First-order and total Sobol indices of every final metric of a Sobol sweep's summary.
     *
     * @param summary lines of summary.csv (header first)
     * @return the rows, and {@code missing} counts the base rows (Saltelli blocks) with a run missing
     */
    public static List<Row> analyse(SweepPlan plan, List<String> summary, long seed, int[] missing) {
        List<String> header = List.of(CsvCells.of(summary.get(0)));
        int runCol = header.indexOf("run_id");
        int groupCol = header.indexOf("group");
        int k = plan.parameters().size();
        int base = plan.base().sweep().samples();
        // a block misses a run when one of its points has no row at all; a metric that is undefined
        // (NaN) in every run, such as induced_drift without a baseline, is not a missing run
        boolean[] present = new boolean[plan.points().size()];
        for (String line : summary.subList(1, summary.size())) {
            String[] cells = CsvCells.of(line);
            if (cells.length == header.size() && cells[groupCol].equals("all")) {
                present[Integer.parseInt(cells[runCol].substring(1, cells[runCol].indexOf('-')))] = true;
            }
        }
        boolean[] incomplete = new boolean[base];
        for (DesignPoint pt : plan.points()) {
            incomplete[pt.block()] |= !present[pt.index()];
        }
        for (boolean b : incomplete) {
            missing[0] += b ? 1 : 0;
        }
        List<Row> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Saltelli sal = saltelli(plan, pointMeans(plan, summary, m.key()), base, k);
            for (SobolIndices.Index idx : SobolIndices.compute(sal.a, sal.b, sal.ab, RESAMPLES, seed)) {
                out.add(new Row(m.key(), plan.parameters().get(idx.parameter()), idx));
            }
        }
        return out;
    }

    /** One line of sensitivity_second_order.csv. */
    public record PairRow(String metric, String first, String second, SobolIndices.Pair pair) {}

    /** Second-order indices of every metric, for a Sobol sweep with {@code second_order}. */
    public static List<PairRow> secondOrder(SweepPlan plan, List<String> summary, long seed) {
        int k = plan.parameters().size();
        List<PairRow> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            Saltelli sal = saltelli(
                    plan,
                    pointMeans(plan, summary, m.key()),
                    plan.base().sweep().samples(),
                    k);
            for (SobolIndices.Pair p : SobolIndices.secondOrder(sal.a, sal.b, sal.ab, sal.ba, RESAMPLES, seed)) {
                out.add(new PairRow(
                        m.key(),
                        plan.parameters().get(p.first()),
                        plan.parameters().get(p.second()),
                        p));
            }
        }
        return out;
    }

    /**
     * The indices on the first N/8, N/4, N/2 and N base rows: if they still move from one to the
     * next, the base sample is too small to trust them (sensitivity_convergence.csv).
     */
    public static String convergence(SweepPlan plan, List<String> summary, long seed) {
        int k = plan.parameters().size();
        int base = plan.base().sweep().samples();
        StringBuilder b = new StringBuilder("metric,parameter,rows,s1,s1_low,s1_high,st,st_low,st_high\n");
        for (Metric m : Metric.values()) {
            Saltelli sal = saltelli(plan, pointMeans(plan, summary, m.key()), base, k);
            for (int n : new int[] {base / 8, base / 4, base / 2, base}) {
                if (n < 4) {
                    continue;
                }
                double[][] ab = new double[k][];
                for (int i = 0; i < k; i++) {
                    ab[i] = Arrays.copyOf(sal.ab[i], n);
                }
                for (SobolIndices.Index idx :
                        SobolIndices.compute(Arrays.copyOf(sal.a, n), Arrays.copyOf(sal.b, n), ab, RESAMPLES, seed)) {
                    b.append(m.key())
                            .append(',')
                            .append(ResultTables.csv(plan.parameters().get(idx.parameter())))
                            .append(',')
                            .append(n);
                    for (double x :
                            new double[] {idx.s1(), idx.s1Low(), idx.s1High(), idx.st(), idx.stLow(), idx.stHigh()}) {
                        b.append(',').append(Numbers.format(x));
                    }
                    b.append('\n');
                }
            }
        }
        return b.toString();
    }

    /**
     * The warning for indices whose 95% interval is too wide to read (first order wider than
     * {@link #WIDE}) on the charted metrics, with the base sample that would narrow them to it
     * (widths shrink as one over the square root of the rows); null when none is.
     */
    public static String wideIntervals(List<Row> rows, List<String> metrics, int base) {
        int wide = 0;
        int counted = 0;
        double worst = 0;
        for (Row r : rows) {
            if (!metrics.contains(r.metric()) || Double.isNaN(r.index().s1Low())) {
                continue;
            }
            counted++;
            double w = r.index().s1High() - r.index().s1Low();
            if (w > WIDE) {
                wide++;
                worst = Math.max(worst, w);
            }
        }
        if (wide == 0) {
            return null;
        }
        long needed = (long) Math.ceil(base * (worst / WIDE) * (worst / WIDE));
        return String.format(
                Locale.ROOT,
                "%d of %d first-order Sobol indices of the charted metrics have a 95%% interval wider than %.1f (up to"
                        + " %.2f): with %d base rows they cannot tell a small index from zero; about %d base rows"
                        + " (sweep.samples) would narrow the widest to %.1f (sensitivity_convergence.csv shows how"
                        + " they settle)",
                wide,
                counted,
                WIDE,
                worst,
                base,
                needed,
                WIDE);
    }

    /** The widest first-order interval a reader can use. */
    public static final double WIDE = 0.2;

    /** A Saltelli design's outputs: f(A), f(B), f(AB_i) and f(BA_i) per base row (NaN when missing). */
    private record Saltelli(double[] a, double[] b, double[][] ab, double[][] ba) {}

    private static Saltelli saltelli(SweepPlan plan, double[] y, int base, int k) {
        double[] a = new double[base];
        double[] b = new double[base];
        double[][] ab = new double[k][base];
        double[][] ba = new double[k][base];
        for (DesignPoint pt : plan.points()) {
            double v = y[pt.index()];
            String role = pt.role();
            if (role.equals("A")) {
                a[pt.block()] = v;
            } else if (role.equals("B")) {
                b[pt.block()] = v;
            } else if (role.startsWith("BA")) {
                ba[Integer.parseInt(role.substring(2))][pt.block()] = v;
            } else {
                ab[Integer.parseInt(role)][pt.block()] = v;
            }
        }
        return new Saltelli(a, b, ab, ba);
    }

    /** Each design point's value of {@code metric} (whole population, mean over replicates; NaN when missing). */
    static double[] pointMeans(SweepPlan plan, List<String> summary, String metric) {
        List<String> header = List.of(CsvCells.of(summary.get(0)));
        int runCol = header.indexOf("run_id");
        int groupCol = header.indexOf("group");
        int col = header.indexOf(metric);
        double[] sum = new double[plan.points().size()];
        int[] count = new int[plan.points().size()];
        for (String line : summary.subList(1, summary.size())) {
            String[] cells = CsvCells.of(line);
            if (cells.length != header.size() || !cells[groupCol].equals("all")) {
                continue;
            }
            int point = Integer.parseInt(cells[runCol].substring(1, cells[runCol].indexOf('-')));
            double x = Numbers.parse(cells[col]);
            if (!Double.isNaN(x)) {
                sum[point] += x;
                count[point]++;
            }
        }
        double[] y = new double[sum.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = count[i] > 0 ? sum[i] / count[i] : Double.NaN;
        }
        return y;
    }

    public static void writeSecondOrder(Path file, List<PairRow> rows) {
        StringBuilder b = new StringBuilder("metric,parameter,other,s2,s2_low,s2_high,rows\n");
        for (PairRow r : rows) {
            b.append(r.metric())
                    .append(',')
                    .append(ResultTables.csv(r.first()))
                    .append(',')
                    .append(ResultTables.csv(r.second()))
                    .append(',')
                    .append(Numbers.format(r.pair().s2()))
                    .append(',')
                    .append(Numbers.format(r.pair().low()))
                    .append(',')
                    .append(Numbers.format(r.pair().high()))
                    .append(',')
                    .append(r.pair().rows())
                    .append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    public static void write(Path file, List<Row> rows) {
        StringBuilder b = new StringBuilder("metric,parameter,s1,s1_low,s1_high,st,st_low,st_high,rows\n");
        for (Row r : rows) {
            SobolIndices.Index i = r.index();
            b.append(r.metric())
                    .append(',')
                    .append(ResultTables.csv(r.parameter()))
                    .append(',')
                    .append(Numbers.format(i.s1()))
                    .append(',')
                    .append(Numbers.format(i.s1Low()))
                    .append(',')
                    .append(Numbers.format(i.s1High()))
                    .append(',')
                    .append(Numbers.format(i.st()))
                    .append(',')
                    .append(Numbers.format(i.stLow()))
                    .append(',')
                    .append(Numbers.format(i.stHigh()))
                    .append(',')
                    .append(i.rows())
                    .append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /**
     * The rows {@link #write} wrote to {@code file}; {@code parameters} (the sweep's, in order)
     * give each index its parameter number.
     */
    public static List<Row> read(Path file, List<String> parameters) {
        return CsvCells.readTable(
                file,
                "sensitivity table",
                9,
                c -> new Row(
                        c[0],
                        c[1],
                        new SobolIndices.Index(
                                parameters.indexOf(c[1]),
                                Numbers.parse(c[2]),
                                Numbers.parse(c[3]),
                                Numbers.parse(c[4]),
                                Numbers.parse(c[5]),
                                Numbers.parse(c[6]),
                                Numbers.parse(c[7]),
                                Integer.parseInt(c[8]))));
    }
}
