package org.coshape.results;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.coshape.io.AtomicFiles;
import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;

/**
 * The three result tables of the output contract. {@code summary.csv}: one row per run and group
 * (run_id, policy, replicate, seed, group, swept parameters, final metrics). {@code timeseries.csv}:
 * long form, one row per run, tick, group and metric. {@code assistants.csv}: long form, one row
 * per run, tick, assistant and quantity. Rows are ordered by run id, then tick, group (or
 * assistant) and metric (or quantity), and contain no timings, so the same scenario and seed give
 * the same bytes. Undefined values are empty cells.
 */
public final class ResultTables {

    private ResultTables() {}

    /**
     * The summary's last column: the tick at which a run with {@code stop.steady} became steady;
     * empty when it never did, or did not watch.
     */
    public static final String TICKS_TO_STEADY = "ticks_to_steady";

    /** The tick at which a run with {@code stop.absorbed} was absorbed; empty when it never was, or did not watch. */
    public static final String TICKS_TO_ABSORPTION = "ticks_to_absorption";

    /** Deffuant meetings that moved someone, per person, over the run; empty for the other rules. */
    public static final String INTERACTIONS_PER_PERSON = "interactions_per_person";

    /** The summary's last columns: properties of the run, not metrics, the same in each of its rows. */
    public static final List<String> RUN_COLUMNS =
            List.of(TICKS_TO_STEADY, TICKS_TO_ABSORPTION, INTERACTIONS_PER_PERSON);

    public static List<String> summaryHeader(List<String> parameters) {
        List<String> h = new ArrayList<>(List.of("run_id", "policy", "replicate", "seed", "group"));
        h.addAll(parameters);
        for (Metric m : Metric.values()) {
            h.add(m.key());
        }
        h.addAll(RUN_COLUMNS);
        return h;
    }

    public static void writeSummary(Path file, List<String> parameters, List<RunResult> results) {
        List<RunResult> sorted = sorted(results);
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            w.write(String.join(",", summaryHeader(parameters)));
            w.write('\n');
            for (RunResult r : sorted) {
                for (String line : summaryRows(parameters, r)) {
                    w.write(line);
                    w.write('\n');
                }
            }
            w.flush();
        });
    }

    /** The summary lines of one run (without header), as written to summary.csv. */
    public static List<String> summaryRows(List<String> parameters, RunResult r) {
        List<String> lines = new ArrayList<>();
        TimeSeries s = r.series();
        TimeSeries.Point last = s.last();
        for (int row = 0; row < s.rows().size(); row++) {
            StringBuilder b = new StringBuilder();
            b.append(csv(r.spec().runId()))
                    .append(',')
                    .append(csv(r.spec().policy()))
                    .append(',')
                    .append(r.spec().replicate())
                    .append(',')
                    .append(Long.toUnsignedString(r.spec().seed()))
                    .append(',')
                    .append(csv(s.rows().get(row)));
            for (String p : parameters) {
                b.append(',').append(csv(r.spec().parameters().getOrDefault(p, "")));
            }
            for (Metric m : Metric.values()) {
                b.append(',').append(Numbers.format(last.values()[row][m.ordinal()]));
            }
            b.append(',').append(Numbers.format(s.ticksToSteady()));
            b.append(',').append(Numbers.format(s.ticksToAbsorption()));
            b.append(',').append(Numbers.format(s.interactionsPerPerson()));
            lines.add(b.toString());
        }
        return lines;
    }

    public static final String TIMESERIES_HEADER = "run_id,tick,generation,group,metric,value";

    public static void writeTimeseries(Path file, List<RunResult> results) {
        List<RunResult> sorted = sorted(results);
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            w.write(TIMESERIES_HEADER);
            w.write('\n');
            for (RunResult r : sorted) {
                writeTimeseriesRows(w, r);
            }
            w.flush();
        });
    }

    public static void writeTimeseriesRows(Writer w, RunResult r) throws IOException {
        TimeSeries s = r.series();
        String id = csv(r.spec().runId());
        for (TimeSeries.Point p : s.points()) {
            for (int row = 0; row < s.rows().size(); row++) {
                String prefix = id + "," + p.tick() + "," + p.generation() + ","
                        + csv(s.rows().get(row)) + ",";
                for (Metric m : Metric.values()) {
                    w.write(prefix);
                    w.write(m.key());
                    w.write(',');
                    w.write(Numbers.format(p.values()[row][m.ordinal()]));
                    w.write('\n');
                }
            }
        }
    }

    public static final String ASSISTANTS_HEADER = "run_id,tick,assistant,quantity,value";

    public static void writeAssistants(Path file, List<RunResult> results) {
        List<RunResult> sorted = sorted(results);
        AtomicFiles.write(file, out -> {
            Writer w = writer(out);
            w.write(ASSISTANTS_HEADER);
            w.write('\n');
            for (RunResult r : sorted) {
                writeAssistantsRows(w, r);
            }
            w.flush();
        });
    }

    /** One run's rows of assistants.csv: per record, assistant and quantity. */
    public static void writeAssistantsRows(Writer w, RunResult r) throws IOException {
        TimeSeries s = r.series();
        String id = csv(r.spec().runId());
        List<String> quantities = s.assistantQuantities();
        for (TimeSeries.AssistantPoint p : s.assistantPoints()) {
            double[][] values = p.values();
            for (int j = 0; j < values.length; j++) {
                String prefix = id + "," + p.tick() + "," + j + ",";
                for (int q = 0; q < quantities.size(); q++) {
                    w.write(prefix);
                    w.write(csv(quantities.get(q)));
                    w.write(',');
                    w.write(Numbers.format(values[j][q]));
                    w.write('\n');
                }
            }
        }
    }

    static List<RunResult> sorted(List<RunResult> results) {
        List<RunResult> s = new ArrayList<>(results);
        s.sort((a, b) -> a.spec().runId().compareTo(b.spec().runId()));
        return s;
    }

    static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    /** Quotes a CSV cell when it holds a comma, quote or line break (RFC 4180). */
    public static String csv(String s) {
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
