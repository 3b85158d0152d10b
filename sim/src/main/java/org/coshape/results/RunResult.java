package org.coshape.results;

import org.coshape.metrics.TimeSeries;

/**
 * What one run produced: its metrics (with {@code induced_drift} filled in when the matched
 * baseline ran), status and timings. Timings go to the manifest only, never to the CSVs.
 */
public record RunResult(
        RunSpec spec, TimeSeries series, String status, String message, double setupSeconds, double stepSeconds) {

    public boolean ok() {
        return "done".equals(status);
    }
}
