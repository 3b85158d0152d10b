package org.coshape.experiment;

import org.coshape.metrics.Metric;
import org.coshape.metrics.TimeSeries;
import org.coshape.model.ChunkPool;
import org.coshape.model.CoshapeModel;

/**
 * Runs one {@link RunSpec}: builds the model, steps it to the end, and when
 * {@code metrics.baseline} is on also runs the matched counterfactual (same seed, AI off) to
 * compute {@code induced_drift} = value drift minus the drift society would have had anyway.
 */
public final class Runner {

    private Runner() {
    }

    public static RunResult run(RunSpec spec, ChunkPool pool, PeopleSink sink) {
        long t0 = System.nanoTime();
        CoshapeModel model = new CoshapeModel(spec.scenario(), spec.seed(), pool, true);
        if (sink != null) {
            model.setRecordListener((tick, people) -> sink.accept(spec.runId(), tick, people));
        }
        model.start();
        long t1 = System.nanoTime();
        model.stepToEnd();
        TimeSeries series = model.series();
        model = null; // let the state arrays go before the baseline allocates its own
        if (spec.scenario().metrics().baseline()) {
            CoshapeModel base = new CoshapeModel(spec.scenario(), spec.seed(), pool, false);
            base.start();
            base.stepToEnd();
            fillInducedDrift(series, base.series());
        }
        long t2 = System.nanoTime();
        return new RunResult(spec, series, "done", "", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }

    static void fillInducedDrift(TimeSeries main, TimeSeries base) {
        int drift = Metric.VALUE_DRIFT.ordinal();
        int induced = Metric.INDUCED_DRIFT.ordinal();
        for (int i = 0; i < main.points().size(); i++) {
            double[][] a = main.points().get(i).values();
            double[][] b = base.points().get(i).values();
            for (int row = 0; row < a.length; row++) {
                a[row][induced] = a[row][drift] - b[row][drift];
            }
        }
    }
}
