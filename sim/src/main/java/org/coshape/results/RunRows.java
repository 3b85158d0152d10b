package org.coshape.results;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A finished run as the text it adds to summary.csv, timeseries.csv and assistants.csv, with its
 * timings. This
 * is what executors hand back (from a worker thread or a Spark executor), so every executor
 * writes byte-identical tables.
 */
public record RunRows(
        String runId, String summary, String timeseries, String assistants, double setupSeconds, double stepSeconds)
        implements Serializable {

    public static RunRows of(RunResult r, List<String> parameters) {
        StringBuilder rows = new StringBuilder();
        for (String line : ResultTables.summaryRows(parameters, r)) {
            rows.append(line).append('\n');
        }
        StringWriter ts = new StringWriter();
        StringWriter as = new StringWriter();
        try {
            ResultTables.writeTimeseriesRows(ts, r);
            ResultTables.writeAssistantsRows(as, r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RunRows(
                r.spec().runId(), rows.toString(), ts.toString(), as.toString(), r.setupSeconds(), r.stepSeconds());
    }
}
