package org.coshape.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.io.AtomicFiles;
import org.coshape.io.BadInput;
import org.coshape.io.CsvCells;
import org.coshape.metrics.Metric;
import org.coshape.results.Numbers;

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
            int col = header.indexOf(m.key());
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
            double[] a = new double[base];
            double[] b = new double[base];
            double[][] ab = new double[k][base];
            for (DesignPoint pt : plan.points()) {
                double y = count[pt.index()] > 0 ? sum[pt.index()] / count[pt.index()] : Double.NaN;
                switch (pt.role()) {
                    case "A" -> a[pt.block()] = y;
                    case "B" -> b[pt.block()] = y;
                    default -> ab[Integer.parseInt(pt.role())][pt.block()] = y;
                }
            }
            for (SobolIndices.Index idx : SobolIndices.compute(a, b, ab, RESAMPLES, seed)) {
                out.add(new Row(m.key(), plan.parameters().get(idx.parameter()), idx));
            }
        }
        return out;
    }

    public static void write(Path file, List<Row> rows) {
        StringBuilder b = new StringBuilder("metric,parameter,s1,s1_low,s1_high,st,st_low,st_high,rows\n");
        for (Row r : rows) {
            SobolIndices.Index i = r.index();
            b.append(r.metric())
                    .append(',')
                    .append(r.parameter())
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
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + e.getMessage() + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            try {
                String[] c = CsvCells.of(lines.get(i));
                if (c.length != 9) {
                    throw new IllegalArgumentException("expected 9 cells, found " + c.length);
                }
                rows.add(new Row(
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
            } catch (IllegalArgumentException e) {
                throw new BadInput(file + ":" + (i + 1) + ": not a coshape sensitivity table (" + e.getMessage() + ")");
            }
        }
        return rows;
    }
}
