package org.coshape.experiment;

import org.coshape.concurrent.ChunkPool;
import org.coshape.model.CoshapeModel;
import org.coshape.results.PeopleSink;
import org.coshape.results.RunResult;
import org.coshape.results.RunSpec;

/**
 * Runs one {@link RunSpec}: builds the model (with its matched no-AI twin when
 * {@code metrics.baseline} is on) and steps it to the end.
 */
public final class Runner {

    private Runner() {}

    public static RunResult run(RunSpec spec, ChunkPool pool, PeopleSink sink) {
        long t0 = System.nanoTime();
        CoshapeModel model = new CoshapeModel(spec.scenario(), spec.seed(), pool, true);
        if (sink != null) {
            model.setRecordListener((tick, people) -> sink.accept(spec.runId(), tick, people));
        }
        model.start();
        long t1 = System.nanoTime();
        model.stepToEnd();
        long t2 = System.nanoTime();
        return new RunResult(spec, model.series(), "done", "", (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    }
}
