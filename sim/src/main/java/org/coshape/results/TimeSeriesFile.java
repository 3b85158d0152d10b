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
import java.util.TreeMap;
import org.coshape.io.BadInput;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;

/**
 * Reads a {@code timeseries.csv} back into one {@link TimeSeries} per run, in the file's order,
 * so that charts can be redrawn from disk ({@code report}) as they were drawn after the runs.
 * Values come back as the file wrote them (10 significant digits).
 */
public final class TimeSeriesFile {
    private TimeSeriesFile() {}

    /**
     * Per run, its rows (whole population first, then each group) and recorded ticks, with its
     * assistants' records from {@code assistants} when that file exists.
     */
    public static List<TimeSeries> read(Path file, Path assistants) {
        Map<String, TimeSeries> series = readRuns(file);
        if (!Files.exists(assistants)) {
            return new ArrayList<>(series.values());
        }
        Map<String, AssistantRows> byRun = readAssistants(assistants);
        List<TimeSeries> out = new ArrayList<>();
        for (Map.Entry<String, TimeSeries> e : series.entrySet()) {
            TimeSeries s = e.getValue();
            AssistantRows a = byRun.get(e.getKey());
            TimeSeries withAssistants =
                    new TimeSeries(s.rows().subList(1, s.rows().size()), a == null ? List.of() : a.quantities);
            s.points().forEach(withAssistants::add);
            if (a != null) {
                a.points(withAssistants);
            }
            out.add(withAssistants);
        }
        return out;
    }

    /** Per run, its rows (whole population first, then each group) and recorded ticks. */
    public static List<TimeSeries> read(Path file) {
        return new ArrayList<>(readRuns(file).values());
    }

    private static Map<String, TimeSeries> readRuns(Path file) {
        Map<String, RunRows> runs = new LinkedHashMap<>();
        int lineNo = 1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.equals(ResultTables.TIMESERIES_HEADER)) {
                throw new BadInput(file + ":1: not a coshape time series (expected the header "
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
                        .add(
                                Numbers.wholeCell("tick", f[1]),
                                (int) Numbers.wholeCell("generation", f[2]),
                                f[3],
                                m,
                                Numbers.cell("value", f[5]));
            }
        } catch (NoSuchFileException e) {
            throw new BadInput(file + ": file not found");
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + IoProblems.why(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ":" + lineNo + ": not a coshape time series (" + e.getMessage() + ")");
        }
        Map<String, TimeSeries> out = new LinkedHashMap<>();
        for (Map.Entry<String, RunRows> e : runs.entrySet()) {
            out.put(e.getKey(), e.getValue().series(file, e.getKey()));
        }
        return out;
    }

    /**
     * Each run's last record in an assistants table: {@code run -> assistant -> quantity -> value}
     * ({@code report}'s tables by assistant).
     */
    public static Map<String, Map<Integer, Map<String, Double>>> lastAssistantRecords(Path file) {
        Map<String, Map<Integer, Map<String, Double>>> out = new LinkedHashMap<>();
        readAssistants(file).forEach((run, rows) -> out.put(run, rows.values.get(rows.values.size() - 1)));
        return out;
    }

    /** assistants.csv by run: the quantities in order of first appearance, the values by tick and assistant. */
    private static Map<String, AssistantRows> readAssistants(Path file) {
        Map<String, AssistantRows> runs = new LinkedHashMap<>();
        int lineNo = 1;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = r.readLine();
            if (header == null || !header.equals(ResultTables.ASSISTANTS_HEADER)) {
                throw new BadInput(file + ":1: not a coshape assistants table (expected the header "
                        + ResultTables.ASSISTANTS_HEADER + ")");
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = CsvCells.of(line);
                if (f.length != 5) {
                    throw new IllegalArgumentException("expected 5 cells, found " + f.length);
                }
                runs.computeIfAbsent(f[0], k -> new AssistantRows())
                        .add(
                                Numbers.wholeCell("tick", f[1]),
                                (int) Numbers.wholeCell("assistant", f[2]),
                                f[3],
                                Numbers.cell("value", f[4]));
            }
        } catch (IOException e) {
            throw new BadInput(file + ": cannot read (" + IoProblems.why(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInput(file + ":" + lineNo + ": not a coshape assistants table (" + e.getMessage() + ")");
        }
        return runs;
    }

    /** One run's assistant rows as they arrive. */
    private static final class AssistantRows {
        private final List<String> quantities = new ArrayList<>();
        private final List<Long> ticks = new ArrayList<>();
        private final List<Map<Integer, Map<String, Double>>> values = new ArrayList<>();

        void add(long tick, int assistant, String quantity, double value) {
            if (ticks.isEmpty() || ticks.get(ticks.size() - 1) != tick) {
                ticks.add(tick);
                values.add(new TreeMap<>());
            }
            if (!quantities.contains(quantity)) {
                quantities.add(quantity);
            }
            values.get(values.size() - 1)
                    .computeIfAbsent(assistant, k -> new LinkedHashMap<>())
                    .put(quantity, value);
        }

        void points(TimeSeries s) {
            for (int p = 0; p < ticks.size(); p++) {
                Map<Integer, Map<String, Double>> byAssistant = values.get(p);
                double[][] v = new double[byAssistant.size()][quantities.size()];
                int j = 0;
                for (Map<String, Double> q : byAssistant.values()) {
                    for (int k = 0; k < quantities.size(); k++) {
                        v[j][k] = q.getOrDefault(quantities.get(k), Double.NaN);
                    }
                    j++;
                }
                s.add(new TimeSeries.AssistantPoint(ticks.get(p), v));
            }
        }
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
                throw new BadInput(file + ": run " + runId + ": the first row of each tick must be 'all'");
            }
            TimeSeries s = new TimeSeries(rows.subList(1, rows.size()));
            for (int p = 0; p < points.size(); p++) {
                double[][] v = new double[rows.size()][];
                for (int row = 0; row < rows.size(); row++) {
                    v[row] = values.get(p).get(rows.get(row));
                    if (v[row] == null) {
                        throw new BadInput(file + ": run " + runId + ", tick " + points.get(p)[0] + ": no row '"
                                + rows.get(row) + "'");
                    }
                }
                s.add(new TimeSeries.Point(points.get(p)[0], (int) points.get(p)[1], v));
            }
            return s;
        }
    }
}
