package org.coshape.report;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.coshape.io.BadInput;
import org.coshape.io.CompleteLines;
import org.coshape.io.CsvCells;
import org.coshape.io.IoProblems;
import org.coshape.results.Numbers;
import org.coshape.results.ResultTables;

/**
 * The results of a policy comparison as read back from {@code summary.csv} and
 * {@code timeseries.csv}: final and per-tick values by policy, group, metric and replicate.
 * Reports are always built from these files, so {@code report DIR} redraws exactly what
 * {@code compare} drew.
 */
public final class ComparisonData {
    private final List<String> policies = new ArrayList<>();
    private final List<String> groups = new ArrayList<>();
    private final List<String> metrics = new ArrayList<>();
    /** The summary's columns of metrics end before this one. */
    private int end;
    /** policy -> group -> metric -> replicate -> final value */
    private final Map<String, Map<String, Map<String, TreeMap<Integer, Double>>>> finals = new HashMap<>();
    /** The uncertain keys (the summary's parameter columns) of a comparison with uncertainties. */
    private final List<String> uncertain = new ArrayList<>();
    /** sample -> uncertain key -> value as written, for the runs on sampled assumptions */
    private final TreeMap<Integer, Map<String, String>> sampleValues = new TreeMap<>();
    /** policy -> group -> metric -> sample -> replicate -> final value */
    private final Map<String, Map<String, Map<String, Map<Integer, TreeMap<Integer, Double>>>>> sampleFinals =
            new HashMap<>();
    /** run id -> {policy, replicate}, for the runs on the scenario's own assumptions */
    private final Map<String, String[]> runs = new HashMap<>();
    /** policy -> metric -> tick -> replicate -> value, for group "all" */
    private final Map<String, Map<String, TreeMap<Long, Map<Integer, Double>>>> series = new HashMap<>();

    public static ComparisonData read(Path dir, List<String> policyOrder) {
        ComparisonData c = new ComparisonData();
        c.policies.addAll(policyOrder);
        Map<String, String[]> runs = c.runs;
        Path summary = dir.resolve("summary.csv");
        int lineNo = 1;
        try (CompleteLines r = CompleteLines.open(summary)) {
            String head = r.readLine();
            if (head == null) {
                throw new IllegalArgumentException("the file is empty");
            }
            String[] header = CsvCells.of(head);
            int first = indexOf(header, "alignment_gap");
            if (first < 5 || !header[0].equals("run_id") || !header[1].equals("policy") || !header[4].equals("group")) {
                throw new IllegalArgumentException("expected the header run_id,policy,replicate,seed,group, then"
                        + " parameters and metrics from alignment_gap on");
            }
            int end = header.length;
            while (end > first && ResultTables.RUN_COLUMNS.contains(header[end - 1])) {
                end--; // properties of the run, not metrics
            }
            c.end = end;
            for (int k = first; k < end; k++) {
                c.metrics.add(header[k]);
            }
            for (int k = 5; k < first; k++) {
                c.uncertain.add(header[k]);
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = cells(line, header.length);
                String policy = f[1];
                int rep = (int) Numbers.wholeCell(header[2], f[2]);
                for (int k = c.end; k < header.length; k++) {
                    Numbers.cell(header[k], f[k]); // checked, though not a metric
                }
                String group = f[4];
                Matcher sampled = SAMPLE_RUN.matcher(f[0]);
                if (sampled.matches()) {
                    int sample = Integer.parseInt(sampled.group(1));
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int k = 5; k < first; k++) {
                        values.put(header[k], f[k]);
                    }
                    c.sampleValues.put(sample, values);
                    for (int k = first; k < c.end; k++) {
                        c.sampleFinals
                                .computeIfAbsent(policy, x -> new HashMap<>())
                                .computeIfAbsent(group, x -> new HashMap<>())
                                .computeIfAbsent(header[k], x -> new HashMap<>())
                                .computeIfAbsent(sample, x -> new TreeMap<>())
                                .put(rep, Numbers.cell(header[k], f[k]));
                    }
                    continue;
                }
                runs.put(f[0], new String[] {policy, f[2]});
                if (!c.groups.contains(group)) {
                    c.groups.add(group);
                }
                for (int k = first; k < c.end; k++) {
                    c.finals
                            .computeIfAbsent(policy, x -> new HashMap<>())
                            .computeIfAbsent(group, x -> new HashMap<>())
                            .computeIfAbsent(header[k], x -> new TreeMap<>())
                            .put(rep, Numbers.cell(header[k], f[k]));
                }
            }
        } catch (NoSuchFileException e) {
            throw new BadInput(summary + ": file not found");
        } catch (IOException e) {
            throw new BadInput(summary + ": cannot read (" + IoProblems.why(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInput(summary + ":" + lineNo + ": not a coshape summary (" + e.getMessage() + ")");
        }
        Path timeseries = dir.resolve("timeseries.csv");
        lineNo = 1;
        try (CompleteLines r = CompleteLines.open(timeseries)) {
            if (!ResultTables.TIMESERIES_HEADER.equals(r.readLine())) {
                throw new IllegalArgumentException("expected the header " + ResultTables.TIMESERIES_HEADER);
            }
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                String[] f = cells(line, 6);
                if (!f[3].equals("all")) {
                    continue;
                }
                String[] run = runs.get(f[0]);
                if (run == null) {
                    continue;
                }
                c.series
                        .computeIfAbsent(run[0], x -> new HashMap<>())
                        .computeIfAbsent(f[4], x -> new TreeMap<>())
                        .computeIfAbsent(Numbers.wholeCell("tick", f[1]), x -> new HashMap<>())
                        .put(Integer.parseInt(run[1]), Numbers.cell("value", f[5]));
            }
        } catch (NoSuchFileException e) {
            throw new BadInput(timeseries + ": file not found");
        } catch (IOException e) {
            throw new BadInput(timeseries + ": cannot read (" + IoProblems.why(e) + ")");
        } catch (IllegalArgumentException e) {
            throw new BadInput(timeseries + ":" + lineNo + ": not a coshape time series (" + e.getMessage() + ")");
        }
        for (String p : policyOrder) {
            if (!c.finals.containsKey(p)) {
                throw new BadInput(dir + ": no results for policy '" + p + "' in summary.csv");
            }
        }
        return c;
    }

    /** The policy and replicate of a run on the scenario's own assumptions, or null. */
    String[] run(String runId) {
        return runs.get(runId);
    }

    /** The run id of a run on sampled assumptions: policy, sample, replicate. */
    public static final Pattern SAMPLE_RUN = Pattern.compile("c\\d+-s(\\d+)-r\\d+");

    /** The cells of a data line, which must be as many as the header's. */
    private static String[] cells(String line, int width) {
        String[] f = CsvCells.of(line);
        if (f.length != width) {
            throw new IllegalArgumentException("expected " + width + " cells, found " + f.length);
        }
        return f;
    }

    private static int indexOf(String[] header, String name) {
        for (int i = 0; i < header.length; i++) {
            if (header[i].equals(name)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no column " + name);
    }

    public List<String> policies() {
        return policies;
    }

    public List<String> groups() {
        return groups;
    }

    public List<String> metrics() {
        return metrics;
    }

    /** Final values of one cell, indexed by replicate (NaN where a replicate is missing). */
    public double[] finals(String policy, String group, String metric) {
        TreeMap<Integer, Double> m = finals.getOrDefault(policy, Map.of())
                .getOrDefault(group, Map.of())
                .getOrDefault(metric, new TreeMap<>());
        int reps = replicates();
        double[] out = new double[reps];
        for (int r = 0; r < reps; r++) {
            out[r] = m.getOrDefault(r, Double.NaN);
        }
        return out;
    }

    /** The uncertain keys, in the summary's order (empty without uncertainties). */
    public List<String> uncertain() {
        return uncertain;
    }

    /** The samples of the uncertainty ensemble, with each one's values of the uncertain keys. */
    public Map<Integer, Map<String, String>> samples() {
        return sampleValues;
    }

    /** Final values of one cell on one sample, indexed by replicate (NaN where a replicate is missing). */
    public double[] sampleFinals(String policy, String group, String metric, int sample) {
        TreeMap<Integer, Double> m = sampleFinals
                .getOrDefault(policy, Map.of())
                .getOrDefault(group, Map.of())
                .getOrDefault(metric, Map.of())
                .getOrDefault(sample, new TreeMap<>());
        int reps = m.isEmpty() ? 0 : m.lastKey() + 1;
        double[] out = new double[Math.max(reps, replicates())];
        for (int r = 0; r < out.length; r++) {
            out[r] = m.getOrDefault(r, Double.NaN);
        }
        return out;
    }

    public int replicates() {
        TreeSet<Integer> reps = new TreeSet<>();
        for (var byGroup : finals.values()) {
            for (var byMetric : byGroup.values()) {
                for (var byRep : byMetric.values()) {
                    reps.addAll(byRep.keySet());
                }
            }
        }
        return reps.isEmpty() ? 0 : reps.last() + 1;
    }

    /** Ticks and per-tick intervals across replicates of one metric (group all) for a policy. */
    public Map<Long, Interval> band(String policy, String metric) {
        Map<Long, Interval> out = new LinkedHashMap<>();
        var byTick = series.getOrDefault(policy, Map.of()).getOrDefault(metric, new TreeMap<>());
        int reps = replicates();
        for (var e : byTick.entrySet()) {
            double[] v = new double[reps];
            Arrays.fill(v, Double.NaN);
            e.getValue().forEach((r, x) -> v[r] = x);
            out.put(e.getKey(), Interval.of(v));
        }
        return out;
    }
}
