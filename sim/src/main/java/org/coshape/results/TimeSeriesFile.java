package org.coshape.results;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.scenario.CsvCells;
import org.coshape.scenario.ScenarioException;

/**
 * Reads a {@code timeseries.csv} back into one {@link TimeSeries} per run, in the file's order,
 * so that charts can be redrawn from disk ({@code report}) as they were drawn after the runs.
 * Values come back as the file wrote them (10 significant digits).
 */
public final class TimeSeriesFile {
    private TimeSeriesFile() {
    }

    /** Per run, its rows (whole population first, then each group) and recorded ticks. */
    public static List<TimeSeries> read(Path file) {
        Map<String, RunRows> runs = new LinkedHashMap<>();
        int lineNo = 1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.equals(ResultTables.TIMESERIES_HEADER)) {
                throw new ScenarioException(file + ":1: not a coshape time series (expected the header "
                        + ResultTables.TIMESERIES_HEADER + ")");
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = CsvCells.of(line);
                if (f.length != 6) {
                    throw new IllegalArgumentException("expected 6 cells, found " + f.length);
                }
                Metric m = Metric.byKey(f[4]);
                if (m == null) {
                    throw new IllegalArgumentException("unknown metric '" + f[4] + "'");
                }
                runs.computeIfAbsent(f[0], k -> new RunRows())
                        .add(Numbers.wholeCell("tick", f[1]), (int) Numbers.wholeCell("generation", f[2]), f[3], m,
                                Numbers.cell("value", f[5]));
            }
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": file not found");
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new ScenarioException(file + ":" + lineNo + ": not a coshape time series (" + e.getMessage() + ")");
        }
        List<TimeSeries> out = new ArrayList<>();
        for (Map.Entry<String, RunRows> e : runs.entrySet()) {
            out.add(e.getValue().series(file, e.getKey()));
        }
        return out;
    }

    /** One run's values as they arrive: points in order, rows in order of first appearance. */
    private static final class RunRows {
        private final List<String> rows = new ArrayList<>();
        private final List<long[]> points = new ArrayList<>(); // {tick, generation}
        private final List<Map<String, double[]>> values = new ArrayList<>();

        void add(long tick, int generation, String row, Metric m, double value) {
            if (points.isEmpty() || points.get(points.size() - 1)[0] != tick) {
                points.add(new long[] {tick, generation});
                values.add(new LinkedHashMap<>());
            }
            if (!rows.contains(row)) {
                rows.add(row);
            }
            double[] v = values.get(values.size() - 1).computeIfAbsent(row, k -> {
                double[] a = new double[Metric.COUNT];
                Arrays.fill(a, Double.NaN);
                return a;
            });
            v[m.ordinal()] = value;
        }

        TimeSeries series(Path file, String runId) {
            if (rows.isEmpty() || !rows.get(0).equals("all")) {
                throw new ScenarioException(file + ": run " + runId + ": the first row of each tick must be 'all'");
            }
            TimeSeries s = new TimeSeries(rows.subList(1, rows.size()));
            for (int p = 0; p < points.size(); p++) {
                double[][] v = new double[rows.size()][];
                for (int row = 0; row < rows.size(); row++) {
                    v[row] = values.get(p).get(rows.get(row));
                    if (v[row] == null) {
                        throw new ScenarioException(file + ": run " + runId + ", tick " + points.get(p)[0]
                                + ": no row '" + rows.get(row) + "'");
                    }
                }
                s.add(new TimeSeries.Point(points.get(p)[0], (int) points.get(p)[1], v));
            }
            return s;
        }
    }
}
