package org.coshape.experiment;

import ec.util.MersenneTwisterFast;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.coshape.io.AtomicFiles;
import org.coshape.io.CsvCells;
import org.coshape.metrics.Metric;
import org.coshape.results.Numbers;
import org.coshape.results.ResultTables;

/**
 * Morris screening (Morris 1991; mu* after Campolongo, Cariboni and Saltelli 2007) of every final
 * metric of a sweep with the {@code morris} design, written to {@code morris.csv}. Each step of a
 * trajectory moves one parameter by delta (a fraction of its range); its elementary effect is the
 * change of the output divided by that signed fraction. Per parameter and metric: mu (mean
 * effect: its sign says the direction), mu* (mean absolute effect: the importance, which effects
 * of opposite signs cannot cancel), sigma (standard deviation: non-linearity or interactions),
 * and a 95% bootstrap interval of mu*, as SALib reports them. Cheap: k + 1 runs per trajectory,
 * so twenty parameters and ten trajectories take 210 runs.
 */
public final class MorrisAnalysis {
    static final int RESAMPLES = 1000;

    /** One line of morris.csv. */
    public record Row(
            String metric,
            String parameter,
            double mu,
            double muStar,
            double muStarLow,
            double muStarHigh,
            double sigma,
            int effects) {}

    private MorrisAnalysis() {}

    public static List<Row> analyse(SweepPlan plan, List<String> summary, long seed) {
        int k = plan.parameters().size();
        int levels = plan.base().sweep().levels();
        double delta = levels / (2.0 * (levels - 1));
        List<Row> out = new ArrayList<>();
        for (Metric m : Metric.values()) {
            double[] y = SensitivityAnalysis.pointMeans(plan, summary, m.key());
            List<double[]> effects = effects(plan.points(), y, k, delta);
            MersenneTwisterFast rng = new MersenneTwisterFast(seed);
            for (int i = 0; i < k; i++) {
                out.add(row(m.key(), plan.parameters().get(i), effects.get(i), rng));
            }
        }
        return out;
    }

    /**
     * The elementary effects of each parameter along the trajectories of {@code points}
     * ({@link Designs} morris roles), {@code y} the output per point (NaN where missing: the
     * effects that need it are left out).
     */
    public static List<double[]> effects(List<DesignPoint> points, double[] y, int k, double delta) {
        List<List<Double>> effects = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new ArrayList<>());
        }
        for (int p = 1; p < points.size(); p++) {
            DesignPoint pt = points.get(p);
            if (pt.role().equals("base")) {
                continue;
            }
            double before = y[points.get(p - 1).index()];
            double after = y[pt.index()];
            if (Double.isNaN(before) || Double.isNaN(after)) {
                continue;
            }
            int i = Integer.parseInt(pt.role().substring(1));
            double step = pt.role().charAt(0) == '+' ? delta : -delta;
            effects.get(i).add((after - before) / step);
        }
        List<double[]> out = new ArrayList<>();
        for (List<Double> e : effects) {
            out.add(e.stream().mapToDouble(Double::doubleValue).toArray());
        }
        return out;
    }

    /** The statistics of one parameter's elementary effects on one metric. */
    public static Row row(String metric, String parameter, double[] ee, MersenneTwisterFast rng) {
        int n = ee.length;
        if (n == 0) {
            return new Row(metric, parameter, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
        }
        double mu = 0;
        double muStar = 0;
        for (double e : ee) {
            mu += e;
            muStar += Math.abs(e);
        }
        mu /= n;
        muStar /= n;
        double ss = 0;
        for (double e : ee) {
            ss += (e - mu) * (e - mu);
        }
        double sigma = n > 1 ? Math.sqrt(ss / (n - 1)) : Double.NaN;
        double[] boot = new double[RESAMPLES];
        for (int r = 0; r < RESAMPLES; r++) {
            double s = 0;
            for (int q = 0; q < n; q++) {
                s += Math.abs(ee[rng.nextInt(n)]);
            }
            boot[r] = s / n;
        }
        Arrays.sort(boot);
        return new Row(
                metric,
                parameter,
                mu,
                muStar,
                boot[(int) (0.025 * (RESAMPLES - 1))],
                boot[(int) Math.ceil(0.975 * (RESAMPLES - 1))],
                sigma,
                n);
    }

    public static void write(Path file, List<Row> rows) {
        StringBuilder b = new StringBuilder("metric,parameter,mu,mu_star,mu_star_low,mu_star_high,sigma,effects\n");
        for (Row r : rows) {
            b.append(r.metric()).append(',').append(ResultTables.csv(r.parameter()));
            for (double x : new double[] {r.mu(), r.muStar(), r.muStarLow(), r.muStarHigh(), r.sigma()}) {
                b.append(',').append(Numbers.format(x));
            }
            b.append(',').append(r.effects()).append('\n');
        }
        AtomicFiles.writeString(file, b.toString());
    }

    /** The rows {@link #write} wrote to {@code file}. */
    public static List<Row> read(Path file) {
        return CsvCells.readTable(
                file,
                "Morris table",
                8,
                c -> new Row(
                        c[0],
                        c[1],
                        Numbers.parse(c[2]),
                        Numbers.parse(c[3]),
                        Numbers.parse(c[4]),
                        Numbers.parse(c[5]),
                        Numbers.parse(c[6]),
                        Integer.parseInt(c[7])));
    }
}
